// SPDX-License-Identifier: GPL-2.0

//! In-place initialisation of pinned values.
//!
//! Objects such as locks must not move once C knows their address, so they
//! are built directly in their final place by an initialiser ([`PinInit`])
//! instead of being moved there.

use crate::error::Error;
use core::marker::PhantomData;

#[doc(hidden)]
pub mod macros;

/// Something that can initialise a pinned `T` in place.
///
/// # Safety
///
/// When `__pinned_init` returns `Ok` the slot holds a valid `T`; when it
/// returns `Err` the slot is left as uninitialised memory.
pub unsafe trait PinInit<T: ?Sized, E = Error>: Sized {
    /// Initialises `slot`.
    ///
    /// # Safety
    ///
    /// `slot` must be valid for writes and must never move afterwards.
    unsafe fn __pinned_init(self, slot: *mut T) -> Result<(), E>;
}

/// Turns a closure into a [`PinInit`].
///
/// The closure must fully initialise the slot whenever it returns `Ok`.
pub fn pin_init_from_closure<T: ?Sized, E>(f: impl FnOnce(*mut T) -> Result<(), E>) -> impl PinInit<T, E> {
    crate::init::macros::ClosureInit(f, PhantomData)
}
