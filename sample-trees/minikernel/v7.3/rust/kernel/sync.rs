// SPDX-License-Identifier: GPL-2.0

//! Synchronisation primitives.
//!
//! Reference counting ([`Arc`]) and locks built on the C primitives.

use crate::types::Opaque;

mod arc;
pub mod lock;

pub use arc::{Arc, ArcBorrow};
pub use lock::mutex::Mutex;
pub use lock::spinlock::SpinLock;

/// A lockdep class: C's `struct lock_class_key`.
#[repr(transparent)]
pub struct LockClassKey(Opaque<bindings::lock_class_key>);

// SAFETY: lockdep only ever uses the address of a key and does its own
// locking, so sharing one between threads is fine.
unsafe impl Sync for LockClassKey {}

impl LockClassKey {
    pub(crate) fn as_ptr(&self) -> *mut bindings::lock_class_key {
        self.0.get()
    }
}

/// Defines a static lock class and evaluates to a reference to it.
#[macro_export]
macro_rules! static_lock_class {
    () => {{
        static CLASS: $crate::sync::LockClassKey =
            // SAFETY: lockdep needs only the address of a static key; zeroed memory is valid.
            unsafe { ::core::mem::zeroed() };
        &CLASS
    }};
}
