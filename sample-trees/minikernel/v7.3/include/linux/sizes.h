/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Power-of-two sizes, spelled once so that nobody counts zeros again.
 */
#ifndef __LINUX_SIZES_H__
#define __LINUX_SIZES_H__

#define SZ_4K				0x00001000
#define SZ_64K				0x00010000
#define SZ_1M				0x00100000

#endif /* __LINUX_SIZES_H__ */
