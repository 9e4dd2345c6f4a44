// SPDX-License-Identifier: GPL-2.0

//! Offsets of the registers in BAR0, and the fields the driver reads.

use kernel::error::{Result, EINVAL};

/// Identification: architecture in bits 23:20, implementation in 19:16.
pub(crate) const BOOT0: usize = 0x0000;
/// Scratch register the firmware reads its boot magic from.
pub(crate) const FW_MAGIC: usize = 0x0110;
/// Doorbell the driver rings after it queued a command.
pub(crate) const DOORBELL: usize = 0x0200;

/// The architecture field of `BOOT0`.
pub(crate) fn boot0_arch(boot0: u32) -> u32 {
    (boot0 >> 20) & 0xf
}

/// Checks that `offset` is a 32-bit register inside a window of `size` bytes.
pub(crate) fn check(offset: usize, size: usize) -> Result {
    if offset % 4 != 0 || offset + 4 > size {
        return Err(EINVAL);
    }
    Ok(())
}
