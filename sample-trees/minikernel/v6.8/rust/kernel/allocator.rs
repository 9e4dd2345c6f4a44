// SPDX-License-Identifier: GPL-2.0

//! The global allocator: `alloc` types get their memory from `krealloc`.

use core::alloc::{GlobalAlloc, Layout};
use core::ptr;

struct KernelAllocator;

// SAFETY: `krealloc` returns memory that is valid and unaliased until it is
// handed to `kfree`.
unsafe impl GlobalAlloc for KernelAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `kmalloc` is an inline function, which bindgen cannot see;
        // `krealloc` of a null pointer does the same job.
        unsafe { bindings::krealloc(ptr::null(), layout.size(), bindings::GFP_KERNEL) as *mut u8 }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: As for `alloc`, with the zeroing flag added.
        unsafe {
            bindings::krealloc(ptr::null(), layout.size(), bindings::GFP_KERNEL | bindings::__GFP_ZERO) as *mut u8
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe {
            bindings::kfree(ptr as *const core::ffi::c_void);
        }
    }
}

#[global_allocator]
static ALLOCATOR: KernelAllocator = KernelAllocator;
