// SPDX-License-Identifier: GPL-2.0

//! System-on-chip identification.
//!
//! C header: [`include/linux/sys_soc.h`](srctree/include/linux/sys_soc.h)

use ::alloc::boxed::Box;

use crate::{
    error::{Result, ENODEV, ENOMEM},
    str::CStr,
};

/// What a driver knows about its chip.
pub struct Attributes {
    /// Name of the machine or board.
    pub machine: &'static CStr,
    /// Family of the SoC.
    pub family: &'static CStr,
    /// Silicon revision.
    pub revision: &'static CStr,
}

/// A registered SoC device, unregistered on drop.
///
/// # Invariants
///
/// `dev` came from a successful `soc_device_register` with `attr`, and only
/// `drop` unregisters it.
pub struct Registration {
    dev: *mut bindings::soc_device,
    // C keeps a pointer to the attributes: the box keeps them in one place.
    _attr: Box<bindings::soc_device_attribute>,
}

// SAFETY: `soc_device_unregister` may be called on any thread.
unsafe impl Send for Registration {}

impl Registration {
    /// Registers the chip described by `attr` with the SoC core.
    pub fn register(attr: &Attributes) -> Result<Self> {
        let mut c_attr = Box::try_new(bindings::soc_device_attribute {
            machine: attr.machine.as_char_ptr(),
            family: attr.family.as_char_ptr(),
            revision: attr.revision.as_char_ptr(),
            soc_id: core::ptr::null(),
        })
        .map_err(|_| ENOMEM)?;
        // SAFETY: `c_attr` is a complete attribute set whose strings are
        // `'static`, and the box keeps it in place until `drop`.
        let dev = unsafe { bindings::soc_device_register(&mut *c_attr) };
        if dev.is_null() {
            return Err(ENODEV);
        }
        // INVARIANT: `dev` was just registered with `c_attr`.
        Ok(Registration { dev, _attr: c_attr })
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        // SAFETY: TODO.
        unsafe { bindings::soc_device_unregister(self.dev) };
    }
}
