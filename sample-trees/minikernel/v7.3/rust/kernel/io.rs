// SPDX-License-Identifier: GPL-2.0

//! Memory-mapped I/O.
//!
//! C headers: [`include/linux/io.h`](srctree/include/linux/io.h) and
//! [`include/linux/iosys-map.h`](srctree/include/linux/iosys-map.h)

use core::ffi::c_void;

use crate::error::{Result, ENOMEM};

/// A mapped range of I/O memory, unmapped again on drop.
///
/// # Invariants
///
/// `addr` is the start of a live mapping that is at least `size` bytes long.
pub struct Io {
    addr: *mut c_void,
    size: usize,
}

// SAFETY: The mapping does not belong to the thread that created it, and
// every access is a single volatile read or write.
unsafe impl Send for Io {}

impl Io {
    /// Maps `size` bytes of bus address space starting at `phys`.
    pub fn map(phys: u64, size: usize) -> Result<Self> {
        // SAFETY:
        // `ioremap` accepts any range and returns null when it cannot map it.
        let addr = unsafe { bindings::ioremap(phys, size) };
        if addr.is_null() {
            return Err(ENOMEM);
        }
        // INVARIANT: `addr` was just mapped with `size` bytes.
        Ok(Io { addr, size })
    }

    /// Reads the 32-bit register at `offset`.
    pub fn read32(&self, offset: usize) -> u32 {
        assert!(offset % 4 == 0 && offset + 4 <= self.size);
        // SAFETY: By the type invariant and the check above, the four bytes at
        // `offset` are inside the mapping.
        unsafe { bindings::readl(self.addr.cast::<u8>().add(offset).cast()) }
    }

    /// Writes `value` to the 32-bit register at `offset`.
    pub fn write32(&self, value: u32, offset: usize) {
        assert!(offset % 4 == 0 && offset + 4 <= self.size);
        // SAFETY: As in `read32`.
        unsafe { bindings::writel(value, self.addr.cast::<u8>().add(offset).cast()) }
    }
}

impl Drop for Io {
    fn drop(&mut self) {
        // SAFETY: By the type invariant `addr` is a live mapping, and nothing
        // can use it once `drop` has run.
        unsafe { bindings::iounmap(self.addr) };
    }
}

/// A C `struct iosys_map`: a buffer in either system or I/O memory.
#[repr(transparent)]
pub struct IoSysMap(bindings::iosys_map);

impl IoSysMap {
    /// Describes a buffer in system memory at `vaddr`.
    pub fn from_system(vaddr: *mut c_void) -> Self {
        IoSysMap(bindings::iosys_map {
            __bindgen_anon_1: bindings::iosys_map__bindgen_ty_1 { vaddr },
            is_iomem: false,
        })
    }

    /// Whether the buffer is I/O memory.
    pub fn is_iomem(&self) -> bool {
        self.0.is_iomem
    }

    /// The buffer's address, for system memory only.
    pub fn vaddr(&self) -> Option<*mut c_void> {
        if self.0.is_iomem {
            return None;
        }
        // SAFETY: When `is_iomem` is false, `vaddr` is the union member in use.
        Some(unsafe { self.0.__bindgen_anon_1.vaddr })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_memory_is_not_iomem() {
        let mut word = 0u32;
        let map = IoSysMap::from_system((&mut word as *mut u32).cast());
        assert!(!map.is_iomem());
        assert!(map.vaddr().is_some());
    }
}
