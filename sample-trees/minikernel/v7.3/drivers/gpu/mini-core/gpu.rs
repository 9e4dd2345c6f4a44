// SPDX-License-Identifier: GPL-2.0

//! The chip: register window, identification and firmware boot.

use kernel::bindings::{SZ_1M, SZ_4K};
use kernel::{c_str, error::ENODEV, io::Io, prelude::*, soc};

use crate::fw::{self, commands::SetRegistry};
use crate::regs;

/// The chips this driver knows, by the architecture field of `BOOT0`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Chipset {
    Mk1,
    Mk2,
}

impl Chipset {
    fn from_boot0(boot0: u32) -> Result<Self> {
        match regs::boot0_arch(boot0) {
            0x1 => Ok(Chipset::Mk1),
            0x2 => Ok(Chipset::Mk2),
            _ => Err(ENODEV),
        }
    }

    fn name(self) -> &'static CStr {
        match self {
            Chipset::Mk1 => c_str!("mk1"),
            Chipset::Mk2 => c_str!("mk2"),
        }
    }
}

/// A probed chip with booted firmware.
pub(crate) struct Gpu {
    chipset: Chipset,
    _io: Io,
    _soc: soc::Registration,
}

impl Gpu {
    /// Maps the `size` bytes of registers at `phys`, identifies the chip and boots it.
    pub(crate) fn probe(phys: u64, size: usize) -> Result<Self> {
        // The registers the driver uses all sit in the first page.
        regs::check(regs::DOORBELL, size.min(SZ_4K as usize))?;
        let io = Io::map(phys, size)?;
        let chipset = Chipset::from_boot0(io.read32(regs::BOOT0))?;
        let soc = soc::Registration::register(&soc::Attributes {
            machine: c_str!("Mini GPU"),
            family: c_str!("mini"),
            revision: chipset.name(),
        })?;
        // Mk2 needs twice the firmware heap of Mk1.
        let heap = match chipset {
            Chipset::Mk1 => 64 * u64::from(SZ_1M),
            Chipset::Mk2 => 128 * u64::from(SZ_1M),
        };
        let meta = fw::BootMeta::new(heap)?;
        io.write32(meta.magic_low(), regs::FW_MAGIC);
        // As many 8-byte registry slots as one queue entry holds.
        SetRegistry::new(fw::QUEUE_ENTRY_SIZE / 8).send(&io)?;
        Ok(Gpu { chipset, _io: io, _soc: soc })
    }

    /// The chip's name, for the log.
    pub(crate) fn name(&self) -> &'static CStr {
        self.chipset.name()
    }
}
