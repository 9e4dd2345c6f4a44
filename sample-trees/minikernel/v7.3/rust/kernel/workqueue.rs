// SPDX-License-Identifier: GPL-2.0

//! Work queues: run a function later, in process context.
//!
//! C header: [`include/linux/workqueue.h`](srctree/include/linux/workqueue.h)

use crate::types::Opaque;
use core::{ffi::c_void, marker::PhantomData};

/// What C calls back: an `unsafe extern "C" fn(*mut bindings::work_struct)`.
pub type WorkFn = unsafe extern "C" fn(work: *mut bindings::work_struct);

/// A queue flag: work may run on any CPU.
pub const UNBOUND: u32 = bindings::WQ_UNBOUND;

/// Types that embed a [`Work`] and can run on a work queue.
///
/// # Safety
///
/// `work_container_of` must return the object that embeds the given
/// `work_struct`.
pub unsafe trait WorkItem {
    /// Runs the item.
    fn run(this: *const Self);

    /// Finds the item from its embedded `work_struct`.
    ///
    /// # Safety
    ///
    /// `ptr` must point into a live `Self`.
    unsafe fn work_container_of(ptr: *mut bindings::work_struct) -> *const Self;
}

/// A C `struct work_struct` that runs a `T` when it fires.
#[repr(transparent)]
pub struct Work<T: ?Sized> {
    work: Opaque<bindings::work_struct>,
    _p: PhantomData<T>,
}

// SAFETY: A work item may be queued from any thread.
unsafe impl<T: ?Sized> Send for Work<T> {}

// SAFETY: Every change goes through C, which does its own locking.
unsafe impl<T: ?Sized> Sync for Work<T> {}

impl<T: WorkItem> Work<T> {
    unsafe extern "C" fn run_callback(ptr: *mut bindings::work_struct) {
        // SAFETY: C hands back the `work_struct` we queued, which lives in a `T`.
        let this = unsafe { T::work_container_of(ptr) };
        T::run(this);
    }

    /// The C callback for this item type.
    pub const fn callback() -> WorkFn {
        Self::run_callback
    }

    /// Queues the item; returns `false` if it was already pending.
    pub fn enqueue(&self, wq: *mut c_void) -> bool {
        // "Any CPU" is a value of a named C enum, hence the prefixed name.
        unsafe { bindings::queue_work_on(bindings::wq_misc_consts_WORK_CPU_UNBOUND as _, wq.cast(), self.work.get()) }
    }
}
