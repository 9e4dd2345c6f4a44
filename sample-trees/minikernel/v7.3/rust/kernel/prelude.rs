// SPDX-License-Identifier: GPL-2.0

//! What nearly every Rust kernel module imports.
//!
//! ```
//! use kernel::prelude::*;
//! ```

pub use ::alloc::{boxed::Box, vec::Vec};

pub use crate::alloc::{Flags, GFP_KERNEL};
pub use core::pin::Pin;

pub use macros::module;

pub use crate::error::{Error, Result};
pub use crate::init::PinInit;
pub use crate::str::CStr;
pub use crate::{pr_emerg, pr_err, pr_info};
pub use crate::{Module, ThisModule};
