// SPDX-License-Identifier: GPL-2.0

//! Procedural macros for Rust kernel modules.

use proc_macro::TokenStream;

/// The fields of a `module!` invocation that the generated code needs.
struct ModuleInfo {
    type_: String,
    name: String,
}

impl ModuleInfo {
    /// Reads `key: value,` pairs; unknown keys are ignored.
    fn parse(ts: TokenStream) -> Self {
        let mut info = ModuleInfo { type_: String::new(), name: String::new() };
        let mut it = ts.into_iter();
        while let Some(tt) = it.next() {
            let key = tt.to_string();
            it.next(); // the ':'
            let value = it.next().map(|v| v.to_string()).unwrap_or_default();
            it.next(); // the ','
            match key.as_str() {
                "type" => info.type_ = value,
                "name" => info.name = value.trim_matches('"').to_string(),
                _ => {}
            }
        }
        info
    }
}

/// Declares a kernel module.
///
/// The expansion contains `unsafe { ... }` blocks and an
/// `unsafe extern "C" fn`, but here they are only text inside a string.
#[proc_macro]
pub fn module(ts: TokenStream) -> TokenStream {
    let info = ModuleInfo::parse(ts);
    format!(
        r#"
        static mut __MOD: Option<{ty}> = None;
        static THIS_MODULE: kernel::ThisModule = unsafe {{ kernel::ThisModule::from_ptr(core::ptr::null_mut()) }};

        #[no_mangle]
        pub extern "C" fn init_module() -> core::ffi::c_int {{
            match <{ty} as kernel::Module>::init(&THIS_MODULE) {{
                // SAFETY: init runs once, before anything else touches `__MOD`.
                Ok(m) => {{ unsafe {{ __MOD = Some(m) }}; 0 }}
                Err(e) => e.to_errno(),
            }}
        }}

        #[link_section = ".modinfo"]
        static __NAME: [u8; {len}] = *b"name={name}\0";
        "#,
        ty = info.type_,
        name = info.name,
        len = info.name.len() + 6,
    )
    .parse()
    .expect("module! produced invalid tokens")
}

/// Marks a module of `#[test]` functions as a KUnit suite named by the argument.
///
/// The suite name is checked here; the module itself passes through
/// unchanged, and the test runner picks up its `#[test]` functions.
#[proc_macro_attribute]
pub fn kunit_tests(attr: TokenStream, ts: TokenStream) -> TokenStream {
    let suite = attr.to_string();
    assert!(
        !suite.is_empty() && suite.len() < 256,
        "a KUnit suite needs a name shorter than 256 bytes, got `{suite}`"
    );
    ts
}
