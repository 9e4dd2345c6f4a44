// SPDX-License-Identifier: GPL-2.0

//! The global allocator: `alloc` types get their memory from `krealloc`.

use super::{Flags, GFP_KERNEL, __GFP_ZERO};
use core::alloc::{GlobalAlloc, Layout};
use core::ptr;

struct KernelAllocator;

/// Allocates `size` bytes with `flags`.
///
/// # Safety
///
/// `flags` must be valid for the calling context (no sleeping flags in atomic context).
unsafe fn krealloc_new(size: usize, flags: Flags) -> *mut u8 {
    // SAFETY: `krealloc` of a null pointer is a plain allocation; the caller
    // vouches for `flags`.
    unsafe { bindings::krealloc(ptr::null(), size, flags.as_raw()) as *mut u8 }
}

// SAFETY: `krealloc` returns memory that is valid and unaliased until it is
// handed to `kfree`.
unsafe impl GlobalAlloc for KernelAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: The global allocator is only used where sleeping is allowed.
        unsafe { krealloc_new(layout.size(), GFP_KERNEL) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: As for `alloc`, with the zeroing flag added.
        unsafe { krealloc_new(layout.size(), GFP_KERNEL | __GFP_ZERO) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from `alloc` or `alloc_zeroed`, per `GlobalAlloc`'s contract.
        unsafe {
            bindings::kfree(ptr as *const core::ffi::c_void);
        }
    }
}

#[global_allocator]
static ALLOCATOR: KernelAllocator = KernelAllocator;
