// SPDX-License-Identifier: GPL-2.0

//! A sleeping mutex.
//!
//! C header: [`include/linux/mutex.h`](srctree/include/linux/mutex.h)

use core::ffi::c_char;

/// Mutual exclusion that puts waiters to sleep.
pub type Mutex<T> = super::Lock<T, MutexBackend>;

/// The backend for C's `struct mutex`.
pub struct MutexBackend;

// SAFETY: C's mutex admits one task at a time between lock and unlock.
unsafe impl crate::sync::lock::Backend for MutexBackend {
    type State = bindings::mutex;
    type GuardState = ();

    unsafe fn init(ptr: *mut Self::State, name: *const c_char, key: *mut bindings::lock_class_key) {
        // SAFETY: The trait contract makes `ptr`, `name` and `key` valid.
        unsafe { bindings::__mutex_init(ptr, name, key) }
    }

    unsafe fn lock(ptr: *mut Self::State) -> Self::GuardState {
        // SAFETY: `ptr` was set up by `init`, as the trait requires.
        unsafe { bindings::mutex_lock(ptr) };
    }

    unsafe fn unlock(ptr: *mut Self::State, _guard_state: &Self::GuardState) {
        // SAFETY: The caller holds the lock.
        unsafe { bindings::mutex_unlock(ptr) };
    }
}
