// SPDX-License-Identifier: GPL-2.0

//! Shows the printing macros and a shared counter.

use kernel::prelude::*;
use kernel::str::CStr;
use kernel::sync::Arc;

module! {
    type: PrintDemo,
    name: "rust_print",
    author: "Mini Atlas",
    description: "Printing macros demo",
    license: "GPL",
}

struct PrintDemo;

fn shared_counter() -> Result {
    let counter = Arc::try_new(41)?;
    let copy = counter.clone();
    pr_info!("counter: {} (shared by two owners)\n", *copy + 1);
    Ok(())
}

impl kernel::Module for PrintDemo {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        let tag = unsafe { CStr::from_bytes_with_nul_unchecked(b"atlas\0") }; // SAFETY: one NUL, at the end.
        pr_info!("{}: info message\n", tag);
        pr_err!("{}: error message (not really)\n", tag);
        shared_counter()?;
        Ok(PrintDemo)
    }
}
