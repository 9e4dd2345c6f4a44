// SPDX-License-Identifier: GPL-2.0

//! A reference-counted pointer.
//!
//! Like `alloc::sync::Arc`, but the count is C's `refcount_t`, which
//! saturates instead of wrapping, and there are no weak references.

use crate::{
    error::Result,
    types::{ForeignOwnable, Opaque},
};
use ::alloc::boxed::Box;
use core::{
    ffi::c_void,
    marker::PhantomData,
    mem::ManuallyDrop,
    ops::Deref,
    ptr::NonNull,
};

#[repr(C)]
struct ArcInner<T: ?Sized> {
    refcount: Opaque<bindings::refcount_t>,
    data: T,
}

/// A reference-counted pointer to a `T` on the heap.
pub struct Arc<T: ?Sized> {
    ptr: NonNull<ArcInner<T>>,
    _p: PhantomData<ArcInner<T>>,
}

// SAFETY: Sending an `Arc<T>` may drop the `T` on the other thread, which
// needs `T: Send`; the other thread also gets `&T`, which needs `T: Sync`.
unsafe impl<T: ?Sized + Sync + Send> Send for Arc<T> {}

// SAFETY: A shared `&Arc<T>` can be cloned on another thread (see `Send`)
// and gives out `&T`.
unsafe impl<T: ?Sized + Sync + Send> Sync for Arc<T> {}

impl<T> Arc<T> {
    /// Moves `contents` to the heap with a count of one.
    pub fn try_new(contents: T) -> Result<Self> {
        let value = ArcInner {
            // SAFETY: `REFCOUNT_INIT` only builds a value.
            refcount: Opaque::new(unsafe { bindings::REFCOUNT_INIT(1) }),
            data: contents,
        };
        let inner = Box::try_new(value)?;
        // SAFETY: The count is one and that reference now belongs to the new `Arc`.
        Ok(unsafe { Self::from_inner(NonNull::new_unchecked(Box::into_raw(inner))) })
    }
}

impl<T: ?Sized> Arc<T> {
    /// Adopts one reference.
    ///
    /// # Safety
    ///
    /// `inner` must point to a live `ArcInner<T>` whose count includes the
    /// reference being adopted.
    unsafe fn from_inner(inner: NonNull<ArcInner<T>>) -> Self {
        Arc { ptr: inner, _p: PhantomData }
    }

    /// Borrows without touching the count.
    pub fn as_arc_borrow(&self) -> ArcBorrow<'_, T> {
        // SAFETY: `self` keeps the count above zero while the borrow lives.
        unsafe { ArcBorrow::new(self.ptr) }
    }
}

impl<T: ?Sized> Deref for Arc<T> {
    type Target = T;

    fn deref(&self) -> &Self::Target {
        // SAFETY: The object lives while any `Arc` does, and we are one.
        unsafe { &self.ptr.as_ref().data }
    }
}

impl<T: ?Sized> Clone for Arc<T> {
    fn clone(&self) -> Self {
        // INVARIANT: `refcount_inc` saturates, so the count never wraps to zero.
        // SAFETY: `self.ptr` and the count inside it are valid.
        unsafe { bindings::refcount_inc(self.ptr.as_ref().refcount.get()) };

        // SAFETY: The reference just taken belongs to the clone.
        unsafe { Self::from_inner(self.ptr) }
    }
}

impl<T: ?Sized> Drop for Arc<T> {
    fn drop(&mut self) {
        // SAFETY: The count is valid while we still hold our reference.
        let refcount = unsafe { self.ptr.as_ref() }.refcount.get();

        // SAFETY: Our reference goes away here; if it was the last one,
        // nobody else can reach the object any more.
        let is_zero = unsafe { bindings::refcount_dec_and_test(refcount) };
        if is_zero {
            // SAFETY: The count hit zero, so the allocation is ours to free.
            unsafe { drop(Box::from_raw(self.ptr.as_ptr())) };
        }
    }
}

impl<T: 'static> ForeignOwnable for Arc<T> {
    fn into_foreign(self) -> *const c_void {
        ManuallyDrop::new(self).ptr.as_ptr() as _
    }

    unsafe fn from_foreign(ptr: *const c_void) -> Self {
        // SAFETY: By the trait contract `ptr` came from `into_foreign`, which
        // leaked exactly one reference.
        unsafe { Self::from_inner(NonNull::new_unchecked(ptr as *mut ArcInner<T>)) }
    }
}

/// A borrowed [`Arc`] that cannot outlive its lender `'a`.
pub struct ArcBorrow<'a, T: ?Sized + 'a> {
    inner: NonNull<ArcInner<T>>,
    _p: PhantomData<&'a ()>,
}

impl<T: ?Sized> ArcBorrow<'_, T> {
    /// # Safety
    ///
    /// The count must stay above zero for as long as the borrow lives.
    unsafe fn new(inner: NonNull<ArcInner<T>>) -> Self {
        Self { inner, _p: PhantomData }
    }
}
