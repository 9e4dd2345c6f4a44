// SPDX-License-Identifier: GPL-2.0

//! Rust driver for the (imaginary) AX-Mini 10/100 PHY.

use kernel::{
    c_str,
    net::phy::{self, DeviceId, Driver},
    prelude::*,
};

kernel::module_phy_driver! {
    drivers: [AxMini],
    name: "ax_mini_rust",
    author: "Mini Atlas",
    description: "AX-Mini PHY driver",
    license: "GPL",
}

/// Vendor page holding the fast link indicator.
const AX_PAGE_VENDOR: u16 = 0x7;
const AX_REG_LINK: u16 = 0x11;
const AX_LINK_UP: u16 = 1 << 2;

struct AxMini;

impl Driver for AxMini {
    const NAME: &'static CStr = c_str!("AX-Mini 10/100");
    const PHY_DEVICE_ID: DeviceId = DeviceId::new_with_exact_mask(0x003b_1861);

    fn soft_reset(dev: &mut phy::Device) -> Result {
        dev.genphy_soft_reset()
    }

    fn read_status(dev: &mut phy::Device) -> Result<u16> {
        // The vendor page notices a lost link before the standard registers do.
        let link = dev.read_paged(AX_PAGE_VENDOR, AX_REG_LINK)?;
        if link & AX_LINK_UP == 0 && dev.state() == phy::DeviceState::Running {
            pr_info!("ax_mini: link lost (id {:#x})\n", dev.phy_id());
        }
        dev.genphy_read_status()
    }
}
