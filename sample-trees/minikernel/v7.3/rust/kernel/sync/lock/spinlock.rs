// SPDX-License-Identifier: GPL-2.0

//! A spinning lock.
//!
//! C header: [`include/linux/spinlock.h`](srctree/include/linux/spinlock.h)

use core::ffi::c_char;

/// A lock that busy-waits: never sleep while holding it.
pub type SpinLock<T> = super::Lock<T, SpinLockBackend>;

/// The backend for C's `spinlock_t`.
pub struct SpinLockBackend;

// SAFETY: C's spinlock admits one CPU at a time between lock and unlock.
unsafe impl super::Backend for SpinLockBackend {
    type State = bindings::spinlock_t;
    type GuardState = ();

    unsafe fn init(ptr: *mut Self::State, name: *const c_char, key: *mut bindings::lock_class_key) {
        // SAFETY: The trait contract makes all three pointers valid.
        unsafe { bindings::__spin_lock_init(ptr, name, key) }
    }

    unsafe fn lock(ptr: *mut Self::State) -> Self::GuardState {
        // SAFETY: `ptr` was set up by `init`, as the trait requires.
        unsafe { bindings::spin_lock(ptr) }
    }

    unsafe fn unlock(ptr: *mut Self::State, _guard_state: &Self::GuardState) {
        // SAFETY: The caller holds the lock.
        unsafe { bindings::spin_unlock(ptr) }
    }
}
