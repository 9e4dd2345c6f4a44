// SPDX-License-Identifier: Apache-2.0 OR MIT

//! Layout checks shared by the traits.

use core::fmt;

/// Why a byte slice cannot hold a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayoutError {
    /// The slice is shorter than the value.
    TooShort,
    /// The slice does not start at a multiple of the value's alignment.
    Misaligned,
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayoutError::TooShort => f.write_str("byte slice too short"),
            LayoutError::Misaligned => f.write_str("byte slice misaligned"),
        }
    }
}

/// Whether `ptr` is aligned for a `T`.
pub fn is_aligned_for<T>(ptr: *const u8) -> bool {
    ptr as usize % core::mem::align_of::<T>() == 0
}

/// Checks that a `T` fits at the start of `bytes`.
pub(crate) fn check_layout<T>(bytes: &[u8]) -> Result<(), LayoutError> {
    if bytes.len() < core::mem::size_of::<T>() {
        return Err(LayoutError::TooShort);
    }
    if !is_aligned_for::<T>(bytes.as_ptr()) {
        return Err(LayoutError::Misaligned);
    }
    Ok(())
}

/// Splits `bytes` after `mid` bytes without a bounds check.
///
/// # Safety
///
/// `mid` must not be greater than `bytes.len()`.
pub(crate) unsafe fn split_at_unchecked(bytes: &[u8], mid: usize) -> (&[u8], &[u8]) {
    let ptr = bytes.as_ptr();
    // SAFETY:
    // - `ptr..ptr + mid` lies inside `bytes`, because the caller promises
    //   `mid <= bytes.len()`;
    // - the rest starts right after it and ends where `bytes` ends.
    unsafe {
        (
            core::slice::from_raw_parts(ptr, mid),
            core::slice::from_raw_parts(ptr.add(mid), bytes.len() - mid),
        )
    }
}

/// The first `n` bytes, when there are that many.
pub(crate) fn prefix(bytes: &[u8], n: usize) -> Option<&[u8]> {
    if n > bytes.len() {
        return None;
    }
    // SAFETY:
    let (head, _) = unsafe { split_at_unchecked(bytes, n) };
    Some(head)
}
