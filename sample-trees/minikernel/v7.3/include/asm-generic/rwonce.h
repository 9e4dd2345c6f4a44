/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_GENERIC_RWONCE_H
#define __ASM_GENERIC_RWONCE_H

/* Force a single, non-torn access that the compiler may not merge or elide. */
#define READ_ONCE(x)		(*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, val)	do { *(volatile typeof(x) *)&(x) = (val); } while (0)

#endif /* __ASM_GENERIC_RWONCE_H */
