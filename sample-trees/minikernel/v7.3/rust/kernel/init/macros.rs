// SPDX-License-Identifier: GPL-2.0

//! The pieces the initialisation macros expand to.
//!
//! Nothing here is meant to be named by drivers directly.

use super::PinInit;
use core::marker::PhantomData;

/// The [`PinInit`] made from a closure by `pin_init_from_closure`.
pub struct ClosureInit<F, T: ?Sized, E>(pub(crate) F, pub(crate) PhantomData<fn(*mut T) -> Result<(), E>>);

// SAFETY: `pin_init_from_closure` requires the closure to fully initialise
// the slot whenever it returns `Ok`, which is the trait's contract.
unsafe impl<T: ?Sized, E, F> PinInit<T, E> for ClosureInit<F, T, E>
where
    F: FnOnce(*mut T) -> Result<(), E>,
{
    unsafe fn __pinned_init(self, slot: *mut T) -> Result<(), E> {
        (self.0)(slot)
    }
}

/// Types whose pinned fields have been listed for the init macros.
///
/// # Safety
///
/// Only [`impl_has_pin_data!`] may implement this trait.
pub unsafe trait HasPinData {
    /// The per-field projection helpers.
    type PinData;

    /// Returns the projection helpers.
    ///
    /// # Safety
    ///
    /// For use by macro expansions only.
    unsafe fn __pin_data() -> Self::PinData;
}

/// Implements [`HasPinData`]; the expansion contains an `unsafe impl`.
#[macro_export]
macro_rules! impl_has_pin_data {
    ($t:ty => $data:ty) => {
        // SAFETY: Implemented by this macro only, as the trait requires.
        unsafe impl $crate::init::macros::HasPinData for $t {
            type PinData = $data;

            unsafe fn __pin_data() -> Self::PinData {
                <$data as ::core::default::Default>::default()
            }
        }
    };
}
