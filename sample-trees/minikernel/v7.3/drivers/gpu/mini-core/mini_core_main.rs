// SPDX-License-Identifier: GPL-2.0

//! Core driver for the (imaginary) Mini GPU: maps its registers, identifies
//! the chip and boots its firmware.

#![crate_name = "mini_core"]

use kernel::prelude::*;

mod fw;
mod gpu;
mod regs;

module! {
    type: MiniCore,
    name: "mini_core",
    author: "Mini Atlas",
    description: "Mini GPU core driver",
    license: "GPL",
}

/// Bus address of the register window; a real driver reads it from its PCI BAR.
const BAR0_PHYS: u64 = 0xfd00_0000;

/// How often the firmware was booted. Written only by `init`.
static mut BOOTS: i32 = 0;

/// Exported to other modules through mini_core_exports.c.
#[no_mangle]
pub extern "C" fn mini_core_boot_count() -> core::ffi::c_int {
    // SAFETY: Only `init` writes `BOOTS`, and it has returned before the
    // module's exports can be reached.
    unsafe { BOOTS }
}

struct MiniCore {
    gpu: gpu::Gpu,
}

impl kernel::Module for MiniCore {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        let gpu = gpu::Gpu::probe(BAR0_PHYS, kernel::bindings::SZ_64K as usize)?;
        // SAFETY: `init` runs once, before anything else can read `BOOTS`.
        unsafe { BOOTS += 1 };
        pr_info!("mini_core: {} booted\n", gpu.name());
        Ok(MiniCore { gpu })
    }
}

impl Drop for MiniCore {
    fn drop(&mut self) {
        pr_info!("mini_core: {} going down\n", self.gpu.name());
    }
}
