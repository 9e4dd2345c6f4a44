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
    // The generated files live in the object tree, not here. The build has
    // already renamed `RUST_CONST_HELPER_X` to `X`.
    include!(concat!(env!("OBJTREE"), "/rust/bindings/bindings_generated.rs"));
}

// Wrappers from rust/helpers/, with the `rust_helper_` prefix removed.
// A real symbol of the same name wins, which leaves its helper unused.
#[allow(dead_code)]
mod bindings_helper {
    use super::bindings_raw::*;
    include!(concat!(env!("OBJTREE"), "/rust/bindings/bindings_helpers_generated.rs"));
}

pub use bindings_helper::*;
pub use bindings_raw::*;
