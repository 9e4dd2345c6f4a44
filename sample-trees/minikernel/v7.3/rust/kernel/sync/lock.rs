// SPDX-License-Identifier: GPL-2.0

//! A lock that owns its data, generic over the C primitive behind it.

use super::LockClassKey;
use crate::{str::CStr, types::Opaque};
use core::{cell::UnsafeCell, ffi::c_char, marker::PhantomPinned};

pub mod mutex;
pub mod spinlock;

/// The C side of a lock: how to set it up, take it and release it.
///
/// # Safety
///
/// Between `lock` and `unlock` no other caller may hold the lock.
pub unsafe trait Backend {
    /// The C lock type.
    type State;
    /// What `lock` returns and `unlock` needs back.
    type GuardState;

    /// Initialises the C state.
    ///
    /// # Safety
    ///
    /// `ptr` must be valid for writes; `name` and `key` must outlive the lock.
    unsafe fn init(ptr: *mut Self::State, name: *const c_char, key: *mut bindings::lock_class_key);

    /// Takes the lock.
    ///
    /// # Safety
    ///
    /// `ptr` must have been set up by [`Backend::init`].
    unsafe fn lock(ptr: *mut Self::State) -> Self::GuardState;

    /// Releases the lock.
    ///
    /// # Safety
    ///
    /// The caller must hold the lock.
    unsafe fn unlock(ptr: *mut Self::State, guard_state: &Self::GuardState);
}

/// Data of type `T` that can only be reached while holding the lock.
pub struct Lock<T: ?Sized, B: Backend> {
    state: Opaque<B::State>,
    _pin: PhantomPinned,
    data: UnsafeCell<T>,
}

// SAFETY: Only one thread at a time can reach `data`, so `T: Send` is enough.
unsafe impl<T: ?Sized + Send, B: Backend> Send for Lock<T, B> {}

// SAFETY: As for `Send`: shared access always goes through the lock.
unsafe impl<T: ?Sized + Send, B: Backend> Sync for Lock<T, B> {}

impl<T, B: Backend> Lock<T, B> {
    /// Wraps `t`; [`Lock::init`] must run once the lock is pinned.
    pub const fn new(t: T) -> Self {
        Self { state: Opaque::uninit(), _pin: PhantomPinned, data: UnsafeCell::new(t) }
    }

    /// Sets up the C state at its final address.
    ///
    /// # Safety
    ///
    /// Call exactly once, after `self` has been pinned.
    pub unsafe fn init(&self, name: &'static CStr, key: &'static LockClassKey) {
        // SAFETY: `state` is pinned and not yet initialised, as `B::init` wants.
        unsafe { B::init(self.state.get(), name.as_char_ptr(), key.as_ptr()) }
    }
}

impl<T: ?Sized, B: Backend> Lock<T, B> {
    /// Takes the lock; dropping the guard releases it.
    pub fn lock(&self) -> Guard<'_, T, B> {
        // SAFETY: `init` ran before the lock was shared (type invariant).
        let state = unsafe { B::lock(self.state.get()) };
        Guard { lock: self, state }
    }
}

/// Proof that the lock is held.
pub struct Guard<'a, T: ?Sized, B: Backend> {
    lock: &'a Lock<T, B>,
    state: B::GuardState,
}

impl<T: ?Sized, B: Backend> core::ops::Deref for Guard<'_, T, B> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: Holding the guard means holding the lock.
        unsafe { &*self.lock.data.get() }
    }
}

impl<T: ?Sized, B: Backend> Drop for Guard<'_, T, B> {
    fn drop(&mut self) {
        // SAFETY: A guard only exists while the lock is held.
        unsafe { B::unlock(self.lock.state.get(), &self.state) };
    }
}
