/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_GFP_H
#define __LINUX_GFP_H

#include <linux/types.h>

#define ___GFP_IO		0x40u
#define ___GFP_FS		0x80u
#define ___GFP_ZERO		0x100u
#define ___GFP_RECLAIM		0x400u

#define __GFP_IO	((__force gfp_t)___GFP_IO)
#define __GFP_FS	((__force gfp_t)___GFP_FS)
#define __GFP_ZERO	((__force gfp_t)___GFP_ZERO)
#define __GFP_RECLAIM	((__force gfp_t)___GFP_RECLAIM)

/* Composite masks: bindgen drops these casts, hence the const helpers. */
#define GFP_ATOMIC	(__GFP_ZERO & 0)
#define GFP_KERNEL	(__GFP_RECLAIM | __GFP_IO | __GFP_FS)

#endif /* __LINUX_GFP_H */
