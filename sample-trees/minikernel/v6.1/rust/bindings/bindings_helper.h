/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The headers bindgen reads to produce the bindings crate. Everything they
 * declare (transitively) becomes bindings::NAME.
 */

#include <linux/errno.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/printk.h>
#include <linux/refcount.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>

/*
 * bindgen skips macros whose value involves a cast, such as GFP_KERNEL;
 * spelling them as typed constants makes it emit them. bindings/lib.rs
 * renames them back.
 */
const gfp_t BINDINGS_GFP_KERNEL = GFP_KERNEL;
const gfp_t BINDINGS___GFP_ZERO = __GFP_ZERO;
