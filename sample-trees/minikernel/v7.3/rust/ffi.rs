// SPDX-License-Identifier: GPL-2.0

//! The C types used on both sides of the FFI boundary.
//!
//! They follow the kernel's C model, not the host's: `char` is unsigned and
//! `long` is as wide as a pointer on every architecture the kernel supports.

#![no_std]

pub type c_char = u8;
pub type c_schar = i8;
pub type c_uchar = u8;
pub type c_short = i16;
pub type c_ushort = u16;
pub type c_int = i32;
pub type c_uint = u32;
pub type c_long = isize;
pub type c_ulong = usize;
pub type c_longlong = i64;
pub type c_ulonglong = u64;

pub use core::ffi::c_void;
