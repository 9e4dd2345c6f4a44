// SPDX-License-Identifier: GPL-2.0

//! The smallest useful Rust module: it greets on load and counts on unload.

use kernel::prelude::*;

module! {
    type: Greeter,
    name: "rust_minimal",
    author: "Mini Atlas",
    description: "Greets the kernel log",
    license: "GPL",
}

struct Greeter {
    greetings: Vec<&'static str>,
}

impl kernel::Module for Greeter {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        let mut greetings = Vec::new();
        greetings.try_push("hello")?;
        greetings.try_push("bonjour")?;
        pr_info!("rust_minimal: {} greetings ready\n", greetings.len());
        Ok(Greeter { greetings })
    }
}

impl Drop for Greeter {
    fn drop(&mut self) {
        pr_info!("rust_minimal: said {:?}, goodbye\n", self.greetings);
    }
}
