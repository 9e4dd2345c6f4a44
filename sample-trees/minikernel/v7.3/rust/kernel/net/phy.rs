// SPDX-License-Identifier: GPL-2.0

//! Network PHY devices.
//!
//! C header: [`include/linux/phy.h`](srctree/include/linux/phy.h)

use crate::{
    error::{from_result, to_result, Error, Result, EINVAL},
    str::CStr,
    types::Opaque,
};
use core::{ffi::c_int, marker::PhantomData, pin::Pin};

/// The states of the C PHY state machine that drivers care about.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DeviceState {
    /// The link is up.
    Running,
    /// The link is down.
    NoLink,
    /// Any other state.
    Other,
}

/// A PHY device lent to a driver callback by the PHY core.
///
/// # Invariants
///
/// The wrapped `struct phy_device` is valid, and the core holds its `lock`
/// for as long as a `&mut Device` exists.
#[repr(transparent)]
pub struct Device(Opaque<bindings::phy_device>);

impl Device {
    /// Borrows the C device for the duration of a callback.
    ///
    /// # Safety
    ///
    /// `ptr` must be valid for `'a`, and the core must hold the device lock.
    unsafe fn from_raw<'a>(ptr: *mut bindings::phy_device) -> &'a mut Self {
        // CAST: `Device` is a transparent wrapper of `bindings::phy_device`.
        let ptr = ptr.cast::<Self>();
        // SAFETY: Guaranteed by the caller.
        unsafe { &mut *ptr }
    }

    /// The PHY identifier read at probe time.
    pub fn phy_id(&self) -> u32 {
        let phydev = self.0.get();
        // SAFETY: `phydev` is valid (type invariant).
        unsafe { (*phydev).phy_id }
    }

    /// Where the C state machine stands.
    pub fn state(&self) -> DeviceState {
        let phydev = self.0.get();
        // SAFETY: `phydev` is valid (type invariant).
        let state = unsafe { (*phydev).state };
        // bindgen names the values of `enum phy_state` with the enum as prefix.
        match state {
            bindings::phy_state_PHY_RUNNING => DeviceState::Running,
            bindings::phy_state_PHY_NOLINK => DeviceState::NoLink,
            _ => DeviceState::Other,
        }
    }

    /// Reads register `regnum` of page `page`.
    pub fn read_paged(&mut self, page: u16, regnum: u16) -> Result<u16> {
        let phydev = self.0.get();
        // SAFETY: `phydev` is valid and the core holds the device lock.
        let ret = unsafe { bindings::phy_read_paged(phydev, page.into(), regnum.into()) };
        if ret < 0 {
            Err(Error::from_errno(ret))
        } else {
            Ok(ret as u16)
        }
    }

    /// Updates link, speed and duplex the generic way.
    pub fn genphy_read_status(&mut self) -> Result<u16> {
        let phydev = self.0.get();
        // SAFETY: `phydev` is valid and the core holds the device lock.
        let ret = unsafe { bindings::genphy_read_status(phydev) };
        if ret < 0 {
            Err(Error::from_errno(ret))
        } else {
            Ok(ret as u16)
        }
    }

    /// Resets the PHY the generic way.
    pub fn genphy_soft_reset(&mut self) -> Result {
        let phydev = self.0.get();
        // SAFETY: `phydev` is valid and the core holds the device lock.
        to_result(unsafe { bindings::genphy_soft_reset(phydev) })
    }

    /// Powers the PHY down the generic way.
    pub fn genphy_suspend(&mut self) -> Result {
        let phydev = self.0.get();
        to_result(unsafe { bindings::genphy_suspend(phydev) })
    }

    /// Powers the PHY back up the generic way.
    pub fn genphy_resume(&mut self) -> Result {
        let phydev = self.0.get();
        // SAFETY: `phydev` is valid and the core holds the device lock.
        to_result(unsafe { bindings::genphy_resume(phydev) })
    }
}

/// Which PHYs a driver supports: an id and the bits of it that must match.
#[derive(Clone, Copy)]
pub struct DeviceId {
    id: u32,
    mask: u32,
}

impl DeviceId {
    /// Matches `id` exactly.
    pub const fn new_with_exact_mask(id: u32) -> Self {
        DeviceId { id, mask: !0 }
    }
}

/// A PHY driver. The defaults report "not supported".
pub trait Driver {
    /// Shown in logs.
    const NAME: &'static CStr;
    /// The devices this driver binds to.
    const PHY_DEVICE_ID: DeviceId;

    /// Resets the device.
    fn soft_reset(_dev: &mut Device) -> Result {
        Err(EINVAL)
    }

    /// Refreshes link state.
    fn read_status(_dev: &mut Device) -> Result<u16> {
        Err(EINVAL)
    }
}

/// A C callback slot: `Option<unsafe extern "C" fn(*mut phy_device) -> c_int>`.
type Callback = Option<unsafe extern "C" fn(*mut bindings::phy_device) -> c_int>;

struct Adapter<T: Driver> {
    _p: PhantomData<T>,
}

impl<T: Driver> Adapter<T> {
    /// # Safety
    ///
    /// Only the PHY core may call this, with the device lock held.
    unsafe extern "C" fn soft_reset_callback(phydev: *mut bindings::phy_device) -> c_int {
        from_result(|| {
            // SAFETY: The core holds the device lock during the callback.
            let dev = unsafe { Device::from_raw(phydev) };
            T::soft_reset(dev)?;
            Ok(0)
        })
    }

    /// # Safety
    ///
    /// Only the PHY core may call this, with the device lock held.
    unsafe extern "C" fn read_status_callback(phydev: *mut bindings::phy_device) -> c_int {
        from_result(|| {
            // SAFETY: The core holds the device lock during the callback.
            let dev = unsafe { Device::from_raw(phydev) };
            T::read_status(dev)?;
            Ok(0)
        })
    }

    const SOFT_RESET: Callback = Some(Self::soft_reset_callback);
    const READ_STATUS: Callback = Some(Self::read_status_callback);
}

/// The C `struct phy_driver` built for a Rust driver.
#[repr(transparent)]
pub struct DriverVTable(Opaque<bindings::phy_driver>);

// SAFETY: The table is written before registration and only read afterwards.
unsafe impl Sync for DriverVTable {}

/// Builds the C table for `T`.
pub const fn create_phy_driver<T: Driver>() -> DriverVTable {
    DriverVTable(Opaque::new(bindings::phy_driver {
        name: T::NAME.as_char_ptr(),
        phy_id: T::PHY_DEVICE_ID.id,
        phy_id_mask: T::PHY_DEVICE_ID.mask,
        soft_reset: Adapter::<T>::SOFT_RESET,
        read_status: Adapter::<T>::READ_STATUS,
        // SAFETY: `phy_driver` is plain C data; all zeroes is valid for the other fields.
        ..unsafe { core::mem::MaybeUninit::<bindings::phy_driver>::zeroed().assume_init() }
    }))
}

/// Keeps PHY drivers registered until dropped.
pub struct Registration {
    drivers: Pin<&'static mut [DriverVTable]>,
}

impl Registration {
    /// Registers `drivers` with the PHY core.
    pub fn register(module: &'static crate::ThisModule, drivers: Pin<&'static mut [DriverVTable]>) -> Result<Self> {
        if drivers.is_empty() {
            return Err(EINVAL);
        }
        // SAFETY: `drivers` is pinned and `'static`, as C needs; `DriverVTable`
        // is a transparent wrapper of `phy_driver`.
        to_result(unsafe {
            bindings::phy_drivers_register(drivers[0].0.get(), drivers.len() as i32, module.as_ptr())
        })?;
        Ok(Registration { drivers })
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        // SAFETY: The drivers were registered by `register`.
        unsafe { bindings::phy_drivers_unregister(self.drivers[0].0.get(), self.drivers.len() as i32) };
    }
}

// SAFETY: `Registration` has no state a thread could observe.
unsafe impl Send for Registration {}

/// Declares a module made of PHY drivers.
#[macro_export]
macro_rules! module_phy_driver {
    (drivers: [$($driver:ident),+ $(,)?], $($f:tt)*) => {
        struct Module {
            _reg: $crate::net::phy::Registration,
        }

        $crate::prelude::module! {
            type: Module,
            $($f)*
        }

        impl $crate::Module for Module {
            fn init(module: &'static $crate::ThisModule) -> $crate::error::Result<Self> {
                static mut DRIVERS: [$crate::net::phy::DriverVTable; [$(stringify!($driver)),+].len()] =
                    [$($crate::net::phy::create_phy_driver::<$driver>()),+];
                // SAFETY: `DRIVERS` is touched only here, once, at module load.
                let drivers = unsafe { &mut DRIVERS };
                let reg = $crate::net::phy::Registration::register(module, ::core::pin::Pin::static_mut(drivers))?;
                Ok(Module { _reg: reg })
            }
        }
    };
}
