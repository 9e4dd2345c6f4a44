// SPDX-License-Identifier: GPL-2.0

//! The multi-queue block layer.
//!
//! C header: [`include/linux/blk-mq.h`](srctree/include/linux/blk-mq.h)

use crate::{
    error::{to_result, Result, ENOMEM},
    sync::Arc,
    types::Opaque,
};
use ::alloc::boxed::Box;
use core::{ffi::c_void, marker::PhantomData, pin::Pin, ptr};

/// A request handed to the driver by the block layer.
///
/// # Invariants
///
/// The wrapped `struct request` is valid and owned by the driver from
/// `queue_rq` until the request is ended.
#[repr(transparent)]
pub struct Request<T: Operations>(Opaque<bindings::request>, PhantomData<T>);

impl<T: Operations> Request<T> {
    /// # Safety
    ///
    /// `ptr` must be a request owned by the driver for `'a`.
    unsafe fn from_raw<'a>(ptr: *mut bindings::request) -> &'a Self {
        // SAFETY: Guaranteed by the caller; `Request` is a transparent wrapper.
        unsafe { &*ptr.cast() }
    }

    /// Whether the block layer considers the request started.
    pub fn is_in_flight(&self) -> bool {
        // SAFETY: The request is valid (type invariant).
        let state = unsafe { (*self.0.get()).state };
        state == bindings::mq_rq_state_MQ_RQ_IN_FLIGHT
    }

    /// Completes the request successfully.
    pub fn end_ok(&self) {
        // SAFETY: The driver owns the request until it ends it, here.
        unsafe { bindings::blk_mq_end_request(self.0.get(), bindings::BLK_STS_OK) };
    }

    /// The driver's per-request data.
    pub fn pdu(&self) -> *mut c_void {
        // SAFETY: Every request is followed by `cmd_size` bytes of driver data.
        unsafe { bindings::blk_mq_rq_to_pdu(self.0.get()) }
    }
}

/// What a block driver does with requests.
pub trait Operations: Sized {
    /// Handles one request; `is_last` says whether more follow at once.
    fn queue_rq(rq: &Request<Self>, is_last: bool) -> Result;

    /// Finishes a request that completed asynchronously.
    fn complete(rq: &Request<Self>);
}

struct OperationsVTable<T: Operations>(PhantomData<T>);

impl<T: Operations> OperationsVTable<T> {
    /// # Safety
    ///
    /// Only the block layer may call this, with a valid `bd`.
    unsafe extern "C" fn queue_rq_callback(
        _hctx: *mut bindings::blk_mq_hw_ctx,
        bd: *const bindings::blk_mq_queue_data,
    ) -> bindings::blk_status_t {
        // SAFETY: `bd` and its request are valid for the whole call.
        let rq = unsafe { Request::<T>::from_raw((*bd).rq) };
        // SAFETY: As above.
        let last = unsafe { (*bd).last };
        // SAFETY: The block layer handed the request over, so it may be started.
        unsafe { bindings::blk_mq_start_request(rq.0.get()) };
        match T::queue_rq(rq, last) {
            Ok(()) => bindings::BLK_STS_OK,
            Err(_) => bindings::BLK_STS_IOERR,
        }
    }

    /// # Safety
    ///
    /// Only the block layer may call this, on a request this driver owns.
    unsafe extern "C" fn complete_callback(rq: *mut bindings::request) {
        // SAFETY: Guaranteed by the caller.
        T::complete(unsafe { Request::from_raw(rq) });
    }

    const VTABLE: bindings::blk_mq_ops = bindings::blk_mq_ops {
        queue_rq: Some(Self::queue_rq_callback),
        complete: Some(Self::complete_callback),
    };
}

/// Hardware queues shared by the disks of one driver.
pub struct TagSet<T: Operations> {
    inner: Pin<Box<Opaque<bindings::blk_mq_tag_set>>>,
    _p: PhantomData<T>,
}

impl<T: Operations> TagSet<T> {
    /// Sets up `nr_hw_queues` queues of `queue_depth` requests each.
    pub fn try_new(nr_hw_queues: u32, queue_depth: u32) -> Result<Self> {
        let inner = Box::pin(Opaque::new(bindings::blk_mq_tag_set {
            ops: &OperationsVTable::<T>::VTABLE,
            nr_hw_queues,
            queue_depth,
            cmd_size: 0,
            driver_data: ptr::null_mut(),
        }));
        // SAFETY: `inner` is pinned and fully initialised.
        to_result(unsafe { bindings::blk_mq_alloc_tag_set(inner.get()) })?;
        Ok(TagSet { inner, _p: PhantomData })
    }
}

impl<T: Operations> Drop for TagSet<T> {
    fn drop(&mut self) {
        // SAFETY: `try_new` allocated the tag set.
        unsafe { bindings::blk_mq_free_tag_set(self.inner.get()) };
    }
}

// SAFETY: The C tag set does its own locking.
unsafe impl<T: Operations> Send for TagSet<T> {}

// SAFETY: As for `Send`.
unsafe impl<T: Operations> Sync for TagSet<T> {}

/// A disk whose requests go to `T`.
pub struct GenDisk<T: Operations> {
    disk: *mut bindings::gendisk,
    _tagset: Arc<TagSet<T>>,
}

impl<T: Operations> GenDisk<T> {
    /// Creates and adds a disk of `sectors` sectors.
    pub fn try_new(tagset: Arc<TagSet<T>>, sectors: u64) -> Result<Self> {
        // SAFETY: The tag set is initialised and outlives the disk, which keeps an `Arc` to it.
        let disk = unsafe { bindings::__blk_mq_alloc_disk(tagset.inner.get(), ptr::null_mut(), ptr::null_mut()) };
        if disk.is_null() {
            return Err(ENOMEM);
        }
        // SAFETY: `disk` was just allocated.
        unsafe { bindings::set_capacity(disk, sectors) };
        // SAFETY: `disk` is fully set up.
        to_result(unsafe { bindings::add_disk(disk) })?;
        Ok(GenDisk { disk, _tagset: tagset })
    }
}

impl<T: Operations> Drop for GenDisk<T> {
    fn drop(&mut self) {
        // SAFETY: `try_new` added the disk; deleting then releasing it is the
        // C teardown order.
        unsafe {
            bindings::del_gendisk(self.disk);
            bindings::put_disk(self.disk);
        }
    }
}
