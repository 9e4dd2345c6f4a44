// SPDX-License-Identifier: GPL-2.0
/*
 * bindgen only sees symbols that exist in the object files: inline
 * functions and function-like macros do not. Each one Rust needs gets an
 * exported wrapper named rust_helper_<name>, one file per subsystem; the
 * bindings crate drops the prefix again, so Rust calls bindings::<name>.
 *
 * This file only gathers the others into one object.
 */

#include "blk.c"
#include "io.c"
#include "mutex.c"
#include "refcount.c"
#include "spinlock.c"
