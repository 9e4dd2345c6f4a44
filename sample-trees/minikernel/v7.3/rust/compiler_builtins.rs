// SPDX-License-Identifier: GPL-2.0

//! Stand-ins for compiler builtins the kernel must never call.
//!
//! `core` refers to a few 128-bit arithmetic helpers that the kernel does
//! not link. Defining each one as a panic turns a confusing link error into
//! a clear message if a code path ever reaches it.

#![feature(compiler_builtins)]
#![compiler_builtins]
#![no_builtins]
#![no_std]

macro_rules! panicking_builtins {
    ($($name:ident,)*) => {
        $(
            #[doc(hidden)]
            #[no_mangle]
            pub extern "C" fn $name() {
                panic!(concat!("the kernel does not provide ", stringify!($name)));
            }
        )*
    };
}

panicking_builtins! {
    __muloti4,
    __udivti3,
    __umodti3,
}
