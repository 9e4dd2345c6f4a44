/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The headers bindgen reads to produce the bindings crate. Everything they
 * declare (transitively) becomes bindings::NAME.
 */

#include <linux/blk-mq.h>
#include <linux/blkdev.h>
#include <linux/errno.h>
#include <linux/io.h>
#include <linux/iosys-map.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/phy.h>
#include <linux/printk.h>
#include <linux/refcount.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/sys_soc.h>
#include <linux/workqueue.h>

/*
 * bindgen skips macros whose value involves a cast, such as GFP_KERNEL.
 * Spelled as typed constants they are emitted; the build then strips the
 * RUST_CONST_HELPER_ prefix, so Rust sees bindings::GFP_KERNEL.
 */
const gfp_t RUST_CONST_HELPER_GFP_KERNEL = GFP_KERNEL;
const gfp_t RUST_CONST_HELPER___GFP_ZERO = __GFP_ZERO;
const blk_status_t RUST_CONST_HELPER_BLK_STS_OK = BLK_STS_OK;
const blk_status_t RUST_CONST_HELPER_BLK_STS_IOERR = BLK_STS_IOERR;
