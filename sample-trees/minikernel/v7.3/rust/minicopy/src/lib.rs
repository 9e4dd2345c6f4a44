// SPDX-License-Identifier: Apache-2.0 OR MIT

//! Conversions between plain-old-data types and bytes.
//!
//! A type that implements [`FromBytes`] can be read out of any byte slice
//! that is long and aligned enough; one that implements [`AsBytes`] can be
//! viewed as its bytes. Both traits are `unsafe` to implement, because the
//! implementer vouches for the type's layout.

#![no_std]

mod util;

pub use util::{is_aligned_for, LayoutError};

/// Types for which every byte pattern of the right size is a valid value.
///
/// # Safety
///
/// `Self` has no padding, no invalid bit patterns and no interior mutability.
pub unsafe trait FromBytes: Sized {
    /// Borrows a value from the start of `bytes`.
    fn ref_from_prefix(bytes: &[u8]) -> Result<&Self, LayoutError> {
        util::check_layout::<Self>(bytes)?;
        // SAFETY: `check_layout` confirmed that `bytes` is long and aligned
        // enough, and by the trait's contract any bytes are a valid `Self`.
        Ok(unsafe { &*(bytes.as_ptr() as *const Self) })
    }
}

/// Types whose values can be viewed as bytes.
///
/// # Safety
///
/// `Self` has no padding, so every byte of a value is initialised.
pub unsafe trait AsBytes {
    /// The bytes of `self`, in memory order.
    fn as_bytes(&self) -> &[u8] {
        let len = core::mem::size_of_val(self);
        // SAFETY: `self` is `len` initialised bytes, as the trait requires.
        unsafe { core::slice::from_raw_parts((self as *const Self).cast::<u8>(), len) }
    }
}

/// Reads a value from bytes that may not be aligned for it.
pub trait ReadUnaligned: Sized {
    /// The value at the start of `bytes`, if there are enough of them.
    fn read_unaligned(bytes: &[u8]) -> Option<Self>;
}

macro_rules! impl_for_integers {
    ($($ty:ty),* $(,)?) => {
        $(
            // SAFETY: Integers have no padding and every bit pattern is a value.
            unsafe impl FromBytes for $ty {}
            // SAFETY: See `FromBytes` just above.
            unsafe impl AsBytes for $ty {}

            impl ReadUnaligned for $ty {
                fn read_unaligned(bytes: &[u8]) -> Option<Self> {
                    let head = util::prefix(bytes, core::mem::size_of::<$ty>())?;
                    // SAFETY: FIXME(#31): This is unsound if `$ty` is ever a
                    // type with padding; today the macro only sees integers.
                    Some(unsafe { core::ptr::read_unaligned(head.as_ptr() as *const $ty) })
                }
            }
        )*
    };
}

impl_for_integers!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);
