// SPDX-License-Identifier: GPL-2.0

//! Block devices.
//!
//! C header: [`include/linux/blkdev.h`](srctree/include/linux/blkdev.h)

pub mod mq;

/// Bytes per sector: `1 << SECTOR_SHIFT`.
pub const SECTOR_SIZE: u64 = 1 << bindings::SECTOR_SHIFT;
