/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Memory-mapped I/O, in miniature: map a range of bus addresses, then read
 * and write the 32-bit registers inside it.
 */
#ifndef _LINUX_IO_H
#define _LINUX_IO_H

#include <linux/compiler_attributes.h>
#include <linux/types.h>

/* Sparse annotations; the compiler never sees them. */
#define __iomem
#define __force

typedef u64 phys_addr_t;

void __iomem *ioremap(phys_addr_t offset, size_t size);
void iounmap(volatile void __iomem *addr);

static inline u32 readl(const volatile void __iomem *addr)
{
	return *(const volatile u32 __force *)addr;
}

static inline void writel(u32 value, volatile void __iomem *addr)
{
	*(volatile u32 __force *)addr = value;
}

#endif /* _LINUX_IO_H */
