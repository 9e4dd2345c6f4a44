/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space API headers that bindgen turns into the uapi crate.
 */

#include <uapi/asm-generic/errno-base.h>
