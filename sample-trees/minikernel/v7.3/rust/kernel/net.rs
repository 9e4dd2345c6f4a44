// SPDX-License-Identifier: GPL-2.0

//! Networking.

#[cfg(CONFIG_PHYLIB)]
pub mod phy;
