// SPDX-License-Identifier: GPL-2.0

//! The C declarations bindgen extracted from `bindings_helper.h`.
//!
//! Drivers should not use this crate: wrap what they need in the `kernel`
//! crate first, so that the unsafe parts are written (and reviewed) once.

#![no_std]
#![allow(
    clippy::all,
    non_camel_case_types,
    non_upper_case_globals,
    non_snake_case,
    improper_ctypes,
    unsafe_op_in_unsafe_fn
)]

mod bindings_raw {
    // The generated file lives in the object tree, not here.
    include!(concat!(env!("OBJTREE"), "/rust/bindings/bindings_generated.rs"));
}

pub use bindings_raw::*;

// The typed constants from `bindings_helper.h`, under their C names.
pub const GFP_KERNEL: gfp_t = BINDINGS_GFP_KERNEL;
pub const __GFP_ZERO: gfp_t = BINDINGS___GFP_ZERO;
