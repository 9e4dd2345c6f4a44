// SPDX-License-Identifier: GPL-2.0

//! User-space API constants and types, as seen by the kernel.
//!
//! Kept apart from `bindings` because these are a stable ABI.

#![no_std]
#![allow(clippy::all, non_camel_case_types, non_upper_case_globals, non_snake_case)]

include!(concat!(env!("OBJTREE"), "/rust/uapi/uapi_generated.rs"));
