// SPDX-License-Identifier: GPL-2.0

//! Host tool: writes the Rust target specification for the configured
//! architecture. It runs at build time on the build machine and does not
//! use the `kernel` crate.

use std::collections::BTreeMap;
use std::fmt::Write;

/* A comment /* with a nested comment that mentions unsafe { } */ and
 * unsafe impl Sync for Nothing {} after the nested part. */

/// The JSON skeleton; the `unsafe {` inside is only text.
const TEMPLATE: &str = r#"{
    "llvm-target": "x86_64-linux-gnu",
    "note": "never parsed as code: unsafe { do_not_count() }"
}"#;

/// Quotes `s` as a JSON string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// The first non-empty argument, borrowed for as long as `args`.
fn first<'a>(args: &'a [String]) -> Option<&'a str> {
    args.iter().map(|a| a.as_str()).find(|a| !a.is_empty())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arch = first(&args[1..]).unwrap_or("x86_64");
    let mut fields = BTreeMap::new();
    fields.insert("arch", quote(arch));
    fields.insert("open", quote(&'{'.to_string()));
    let mut out = String::new();
    for (k, v) in &fields {
        let _ = writeln!(out, "{}: {}", quote(k), v);
    }
    let bytes = out.into_bytes();
    // SAFETY: `bytes` was built from `String`s, so it is valid UTF-8.
    let text = unsafe { std::str::from_utf8_unchecked(&bytes) };
    println!("{}{}", TEMPLATE.len(), text);
}
