// SPDX-License-Identifier: GPL-2.0

//! Memory allocation: flags and the global allocator.
//!
//! Until v6.8 this was the private `allocator` module at the crate root.

pub mod allocator;

/// Allocation flags: C's `gfp_t`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Flags(u32);

impl Flags {
    /// The raw C value.
    pub(crate) fn as_raw(self) -> u32 {
        self.0
    }
}

impl core::ops::BitOr for Flags {
    type Output = Self;

    fn bitor(self, rhs: Self) -> Self::Output {
        Self(self.0 | rhs.0)
    }
}

/// An ordinary allocation that may sleep.
pub const GFP_KERNEL: Flags = Flags(bindings::GFP_KERNEL);

/// Hands back zeroed memory.
pub const __GFP_ZERO: Flags = Flags(bindings::__GFP_ZERO);
