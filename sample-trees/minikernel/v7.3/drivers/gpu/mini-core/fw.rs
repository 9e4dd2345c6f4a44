// SPDX-License-Identifier: GPL-2.0

//! The layouts the Mini GPU's boot firmware expects.

pub(crate) mod commands;
mod fw_r1;

// The layouts of firmware release r1; the alias keeps the release out of every use.
use fw_r1 as bindings;

use kernel::{error::EINVAL, prelude::*};

/// Size of one entry of the firmware's command queue.
pub(crate) const QUEUE_ENTRY_SIZE: usize = bindings::FW_QUEUE_ENTRY_SIZE as usize;

/// Where the firmware starts: a first boot, or a resume after suspend.
type BootOrResume = bindings::FwBootMeta__bindgen_ty_1;

/// The metadata block the firmware reads when it boots.
pub(crate) struct BootMeta(bindings::FwBootMeta);

impl BootMeta {
    /// Metadata for a first boot with a heap of `heap_size` bytes.
    pub(crate) fn new(heap_size: u64) -> Result<Self> {
        // The kernel's own bindings stay reachable through their full path.
        let min = u64::from(bindings::FW_HEAP_SIZE_MIN_MB) * kernel::bindings::SZ_1M as u64;
        if heap_size < min {
            return Err(EINVAL);
        }
        Ok(BootMeta(bindings::FwBootMeta {
            magic: bindings::FW_BOOT_META_MAGIC,
            heap_size,
            __bindgen_anon_1: BootOrResume { boot: bindings::FwBootInfo { entry: 0 } },
        }))
    }

    /// The low word of the magic, which the driver writes to `FW_MAGIC`.
    pub(crate) fn magic_low(&self) -> u32 {
        self.0.magic as u32
    }
}
