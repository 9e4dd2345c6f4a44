// SPDX-License-Identifier: GPL-2.0

//! C strings, checked once and then passed around safely.

use core::ffi::c_char;
use core::fmt::{self, Write};

use crate::error::{Result, EINVAL};

/// A byte string with exactly one NUL, at the end.
#[repr(transparent)]
pub struct CStr([u8]);

impl CStr {
    /// Length without the trailing NUL.
    pub const fn len(&self) -> usize {
        self.0.len() - 1
    }

    /// Borrows a C string for `'a`.
    ///
    /// # Safety
    ///
    /// `ptr` must point to a NUL-terminated string that lives at least as long as `'a`.
    pub unsafe fn from_char_ptr<'a>(ptr: *const c_char) -> &'a Self {
        // SAFETY: The caller promises a NUL-terminated string.
        let len = unsafe { bindings::strlen(ptr) } + 1;
        // SAFETY: `len` bytes from `ptr` are readable, as just measured.
        let bytes = unsafe { core::slice::from_raw_parts(ptr as *const u8, len) };
        // SAFETY: `bytes` ends in its only NUL.
        unsafe { Self::from_bytes_with_nul_unchecked(bytes) }
    }

    /// Checks `bytes` and wraps it.
    pub fn from_bytes_with_nul(bytes: &[u8]) -> Result<&Self> {
        if bytes.is_empty() || bytes[bytes.len() - 1] != 0 {
            return Err(EINVAL);
        }
        if bytes[..bytes.len() - 1].contains(&0) {
            return Err(EINVAL);
        }
        // SAFETY: Checked above: one NUL, at the end.
        Ok(unsafe { Self::from_bytes_with_nul_unchecked(bytes) })
    }

    /// Wraps `bytes` without looking at them.
    ///
    /// # Safety
    ///
    /// `bytes` must end in NUL and contain no other NUL.
    pub const unsafe fn from_bytes_with_nul_unchecked(bytes: &[u8]) -> &CStr {
        // The cast is fine because of `#[repr(transparent)]`.
        unsafe { &*(bytes as *const [u8] as *const CStr) }
    }

    /// The pointer to hand to C.
    pub const fn as_char_ptr(&self) -> *const c_char {
        self.0.as_ptr() as _
    }
}

impl fmt::Display for CStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for &c in &self.0[..self.len()] {
            // Printable ASCII goes through; quotes and backslashes are escaped.
            if (b' '..=b'~').contains(&c) && c != b'\\' && c != b'"' {
                f.write_char(c as char)?;
            } else {
                write!(f, "\\x{:02x}", c)?;
            }
        }
        Ok(())
    }
}

/// Builds a [`CStr`] from a string literal at compile time.
#[macro_export]
macro_rules! c_str {
    ($str:expr) => {{
        const S: &str = concat!($str, "\0");
        // SAFETY: `concat!` appended the only NUL.
        const C: &$crate::str::CStr = unsafe { $crate::str::CStr::from_bytes_with_nul_unchecked(S.as_bytes()) };
        C
    }};
}

#[macros::kunit_tests(rust_kernel_str)]
mod tests {
    use super::*;

    #[test]
    fn len_leaves_out_the_nul() -> Result {
        let s = CStr::from_bytes_with_nul(b"atlas\0")?;
        assert_eq!(s.len(), 5);
        Ok(())
    }

    #[test]
    fn interior_nul_is_rejected() {
        assert!(CStr::from_bytes_with_nul(b"at\0las\0").is_err());
    }
}
