/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A pointer to a buffer that lives either in system memory or in I/O
 * memory. Users look at is_iomem before they touch the buffer.
 */
#ifndef __IOSYS_MAP_H__
#define __IOSYS_MAP_H__

#include <linux/io.h>
#include <linux/types.h>

struct iosys_map {
	union {
		void __iomem *vaddr_iomem;
		void *vaddr;
	};
	bool is_iomem;
};

#endif /* __IOSYS_MAP_H__ */
