// SPDX-License-Identifier: GPL-2.0

//! The `kernel` crate: safe Rust interfaces over the kernel's C APIs.
//!
//! Rust modules depend on `core`, `alloc` and this crate only. Whatever
//! `unsafe` code talking to C needs is written here, once, behind types
//! whose safe methods cannot be misused.

#![no_std]
#![feature(allocator_api)]
#![deny(unsafe_op_in_unsafe_fn)]

#[cfg(not(CONFIG_RUST))]
compile_error!("the kernel crate needs CONFIG_RUST");

pub mod alloc;
#[cfg(CONFIG_BLOCK)]
pub mod block;
pub mod error;
pub mod init;
pub mod io;
#[cfg(CONFIG_NET)]
pub mod net;
pub mod prelude;
pub mod print;
#[cfg(CONFIG_SOC_BUS)]
pub mod soc;
pub mod str;
pub mod sync;
pub mod types;
pub mod workqueue;

#[doc(hidden)]
pub use bindings;
pub use ffi;
pub use macros;
pub use minicopy;

/// What every Rust kernel module implements.
pub trait Module: Sized + Sync {
    /// Runs at load time; the value is kept until the module is unloaded.
    fn init(module: &'static ThisModule) -> error::Result<Self>;
}

/// The C `struct module` of the module being built.
pub struct ThisModule(*mut bindings::module);

// SAFETY: Only the address is ever used, and `struct module` outlives every
// thread that could see it.
unsafe impl Sync for ThisModule {}

impl ThisModule {
    /// Wraps the pointer C gives us.
    ///
    /// # Safety
    ///
    /// `ptr` must be null or point to a `struct module` that lives as long
    /// as the module itself.
    pub const unsafe fn from_ptr(ptr: *mut bindings::module) -> ThisModule {
        ThisModule(ptr)
    }

    /// The pointer to pass to C registration functions.
    pub fn as_ptr(&self) -> *mut bindings::module {
        self.0
    }
}

#[cfg(not(test))]
#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    pr_emerg!("{}\n", info);
    loop {}
}
