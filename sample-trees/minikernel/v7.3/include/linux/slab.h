/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/gfp.h>

#define ARCH_SLAB_MINALIGN	8

void * __must_check krealloc(const void *objp, size_t new_size, gfp_t flags);
void kfree(const void *objp);

static __always_inline void *kmalloc(size_t size, gfp_t flags)
{
	return krealloc(NULL, size, flags);
}

#endif /* _LINUX_SLAB_H */
