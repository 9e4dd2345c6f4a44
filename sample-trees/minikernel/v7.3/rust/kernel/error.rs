// SPDX-License-Identifier: GPL-2.0

//! Kernel error codes.
//!
//! C header: [`include/uapi/asm-generic/errno-base.h`](srctree/include/uapi/asm-generic/errno-base.h)

use crate::str::CStr;
use core::num::TryFromIntError;

/// A kernel error: a negative errno, exactly as C functions return it.
///
/// Zero and positive values are never an `Error`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Error(core::ffi::c_int);

/// Invalid argument.
pub const EINVAL: Error = Error(-(bindings::EINVAL as i32));
/// Out of memory.
pub const ENOMEM: Error = Error(-(bindings::ENOMEM as i32));
/// I/O error.
pub const EIO: Error = Error(-(bindings::EIO as i32));
/// Device or resource busy.
pub const EBUSY: Error = Error(-(bindings::EBUSY as i32));
/// No such device.
pub const ENODEV: Error = Error(-(bindings::ENODEV as i32));
/// Timed out; defined by the asm-generic errno.h that x86 inherits through Kbuild's generic-y.
pub const ETIMEDOUT: Error = Error(-(bindings::ETIMEDOUT as i32));

impl Error {
    /// Turns a C return value into an [`Error`].
    ///
    /// Values outside `-4095..0` become `EINVAL` so that a buggy C caller
    /// cannot smuggle a success value in.
    pub fn from_errno(errno: core::ffi::c_int) -> Error {
        if errno < -4095 || errno >= 0 {
            return EINVAL;
        }
        Error(errno)
    }

    /// The negative errno, for returning to C.
    pub fn to_errno(self) -> core::ffi::c_int {
        self.0
    }

    /// The symbolic name (`"EINVAL"`), when C knows it.
    pub fn name(&self) -> Option<&'static CStr> {
        // SAFETY: A plain FFI call: any integer is accepted.
        let ptr = unsafe { bindings::errname(-self.0) };
        if ptr.is_null() {
            None
        } else {
            // SAFETY: `errname` returns static NUL-terminated strings.
            Some(unsafe { CStr::from_char_ptr(ptr) })
        }
    }
}

impl From<TryFromIntError> for Error {
    fn from(_: TryFromIntError) -> Error {
        EINVAL
    }
}

/// The kernel's `Result`: the error is always an [`Error`].
pub type Result<T = ()> = core::result::Result<T, Error>;

/// Maps a C `int` return (negative errno or zero) to a [`Result`].
pub fn to_result(err: core::ffi::c_int) -> Result {
    if err < 0 {
        Err(Error::from_errno(err))
    } else {
        Ok(())
    }
}

/// Runs `f` and turns its result into what a C callback returns: the value,
/// or a negative errno.
pub fn from_result(f: impl FnOnce() -> Result<core::ffi::c_int>) -> core::ffi::c_int {
    match f() {
        Ok(v) => v,
        Err(e) => e.to_errno(),
    }
}
