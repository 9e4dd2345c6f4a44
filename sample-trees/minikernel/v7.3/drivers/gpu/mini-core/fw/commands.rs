// SPDX-License-Identifier: GPL-2.0

//! Commands the driver sends to the running firmware.

use kernel::{error::EINVAL, io::Io, prelude::*};

use super::bindings;
use crate::regs;

/// Resets the firmware's registry to its defaults, with `entries` slots.
pub(crate) struct SetRegistry {
    header: bindings::FwCommandHeader,
}

impl SetRegistry {
    /// The command for a registry of `entries` slots of 8 bytes.
    pub(crate) fn new(entries: usize) -> Self {
        SetRegistry {
            header: bindings::FwCommandHeader {
                function: bindings::FW_CMD_SET_REGISTRY,
                length: (entries * 8) as u32,
                sequence: 0,
            },
        }
    }

    /// Rings the doorbell with the command's function code.
    pub(crate) fn send(&self, io: &Io) -> Result {
        if self.header.length as usize > super::QUEUE_ENTRY_SIZE {
            return Err(EINVAL);
        }
        io.write32(self.header.function, regs::DOORBELL);
        Ok(())
    }
}
