// SPDX-License-Identifier: GPL-2.0

//! Printing to the kernel log.
//!
//! C header: [`include/linux/printk.h`](srctree/include/linux/printk.h)

use core::ffi::{c_char, c_void};
use core::fmt;

use crate::str::CStr;

// Each format string is the level prefix followed by "%pA": C's vsprintf
// hands `%pA` back to `rust_fmt_argument` below with a `fmt::Arguments`.
#[doc(hidden)]
pub static FMT_EMERG: [u8; 6] = *b"\x010%pA\0";
#[doc(hidden)]
pub static FMT_ERR: [u8; 6] = *b"\x013%pA\0";
#[doc(hidden)]
pub static FMT_INFO: [u8; 6] = *b"\x016%pA\0";

/// Formats Rust arguments into a C buffer, for `%pA`.
///
/// # Safety
///
/// `buf..end` must be writable and `ptr` must point to a live `fmt::Arguments`.
#[no_mangle]
unsafe extern "C" fn rust_fmt_argument(buf: *mut c_char, end: *mut c_char, ptr: *const c_void) -> *mut c_char {
    use fmt::Write;
    let mut w = RawWriter { pos: buf as usize, end: end as usize };
    // SAFETY: The caller promises `ptr` points to a `fmt::Arguments`.
    let _ = w.write_fmt(unsafe { *(ptr as *const fmt::Arguments<'_>) });
    w.pos as *mut c_char
}

struct RawWriter {
    pos: usize,
    end: usize,
}

impl fmt::Write for RawWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for &b in s.as_bytes() {
            if self.pos >= self.end {
                break;
            }
            // SAFETY: `pos` stays inside the range C handed us.
            unsafe { *(self.pos as *mut u8) = b };
            self.pos += 1;
        }
        Ok(())
    }
}

/// Prints one message; used by the `pr_*!` macros.
///
/// # Safety
///
/// `format_string` must be one of the `FMT_*` statics of this module.
#[doc(hidden)]
pub unsafe fn call_printk(format_string: &[u8; 6], args: fmt::Arguments<'_>) {
    // `_printk` is variadic: `%pA` takes the arguments by reference.
    unsafe {
        bindings::_printk(format_string.as_ptr() as *const c_char, &args as *const _ as *const c_void);
    }
}

/// The module name printed before a message, when there is one.
pub fn prefix(name: Option<&CStr>) -> &str {
    match name {
        Some(_) => "rust: ",
        None => "",
    }
}

/// Prints an emergency message, like C's `pr_emerg`.
#[macro_export]
macro_rules! pr_emerg (
    ($($arg:tt)*) => (
        // SAFETY: `FMT_EMERG` is a format string `call_printk` accepts.
        unsafe { $crate::print::call_printk(&$crate::print::FMT_EMERG, format_args!($($arg)*)) }
    )
);

/// Prints an error message, like C's `pr_err`.
#[macro_export]
macro_rules! pr_err {
    ($($arg:tt)*) => {
        // SAFETY: `FMT_ERR` is a format string `call_printk` accepts.
        unsafe { $crate::print::call_printk(&$crate::print::FMT_ERR, format_args!($($arg)*)) }
    };
}

/// Prints an informational message, like C's `pr_info`.
#[macro_export]
macro_rules! pr_info {
    ($($arg:tt)*) => {
        // SAFETY: `FMT_INFO` is a format string `call_printk` accepts.
        unsafe { $crate::print::call_printk(&$crate::print::FMT_INFO, format_args!($($arg)*)) }
    };
}
