// SPDX-License-Identifier: GPL-2.0

//! Small types shared by the abstractions.

use core::{cell::UnsafeCell, ffi::c_void, mem::MaybeUninit};

/// Holds a C value that Rust must treat as opaque.
///
/// Rust never reads it directly and C may change it at any time, so every
/// access goes through the raw pointer from [`Opaque::get`]; in other words
/// callers end up writing `unsafe { ... }` themselves.
#[repr(transparent)]
pub struct Opaque<T>(MaybeUninit<UnsafeCell<T>>);

impl<T> Opaque<T> {
    /// A value that C will initialise.
    pub const fn uninit() -> Self {
        Self(MaybeUninit::uninit())
    }

    /// A value that starts out as `value`.
    pub const fn new(value: T) -> Self {
        Self(MaybeUninit::new(UnsafeCell::new(value)))
    }

    /// The raw pointer to the value.
    pub const fn get(&self) -> *mut T {
        UnsafeCell::raw_get(self.0.as_ptr())
    }
}

/* Ownership transfer to C and back. /* A nested comment: unsafe { not code }
 * and unsafe impl Send for Nothing {} are still inside it. */ still commented: unsafe fn ghost() */

/// Values that can be handed to C as a `void *` and later taken back.
pub trait ForeignOwnable: Sized {
    /// Gives ownership to C.
    fn into_foreign(self) -> *const c_void;

    /// Takes ownership back from C.
    ///
    /// # Safety
    ///
    /// `ptr` must come from [`ForeignOwnable::into_foreign`] and must not
    /// have been taken back before.
    unsafe fn from_foreign(ptr: *const c_void) -> Self;
}

// `__IncompleteArrayField` is a type bindgen itself emits for C flexible
// array members (`u8 data[];`). No C header declares it, so a static reader
// of the tree can never resolve this name.
/// A C flexible array member, as bindgen spells it.
pub type FlexArray<T> = bindings::__IncompleteArrayField<T>;
