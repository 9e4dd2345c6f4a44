// SPDX-License-Identifier: GPL-2.0

//! A null block device: every request completes at once, successfully.

use kernel::{
    block::mq::{self, GenDisk, Operations, TagSet},
    prelude::*,
    sync::Arc,
};

module! {
    type: NullBlk,
    name: "rnull_mini",
    author: "Mini Atlas",
    description: "Null block device (mini)",
    license: "GPL",
}

/// 32 MiB worth of sectors.
const CAPACITY_SECTORS: u64 = (32 << 20) / kernel::block::SECTOR_SIZE;

struct NullBlk {
    _disk: GenDisk<NullOps>,
}

impl kernel::Module for NullBlk {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        pr_info!("rnull_mini: {} sectors\n", CAPACITY_SECTORS);
        let tagset = Arc::try_new(TagSet::try_new(1, 256)?)?;
        let disk = GenDisk::try_new(tagset, CAPACITY_SECTORS)?;
        Ok(NullBlk { _disk: disk })
    }
}

struct NullOps;

impl Operations for NullOps {
    fn queue_rq(rq: &mq::Request<Self>, _is_last: bool) -> Result {
        rq.end_ok();
        Ok(())
    }

    fn complete(_rq: &mq::Request<Self>) {}
}
