// SPDX-License-Identifier: GPL-2.0

//! Firmware interface, release r1.
//!
//! Written out the way bindgen would generate it from the firmware's C
//! headers. Use it through the parent module only.

#![allow(dead_code, non_camel_case_types, non_snake_case, non_upper_case_globals)]

use kernel::ffi;

pub const FW_BOOT_META_MAGIC: u64 = 0x4d49_4e49_4657_0001;
pub const FW_HEAP_SIZE_MIN_MB: u32 = 64;
pub const FW_QUEUE_ENTRY_SIZE: u32 = 64;
pub const FW_CMD_SET_REGISTRY: u32 = 0x15;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct FwBootInfo {
    pub entry: u64,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct FwResumeInfo {
    pub saved_state: u64,
    pub saved_size: ffi::c_uint,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union FwBootMeta__bindgen_ty_1 {
    pub boot: FwBootInfo,
    pub resume: FwResumeInfo,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct FwBootMeta {
    pub magic: u64,
    pub heap_size: u64,
    pub __bindgen_anon_1: FwBootMeta__bindgen_ty_1,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct FwCommandHeader {
    pub function: ffi::c_uint,
    pub length: ffi::c_uint,
    pub sequence: ffi::c_uint,
}
