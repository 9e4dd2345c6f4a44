/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

/* x86 has no errno.h of its own: Kbuild's generic-y maps it to asm-generic. */
#include <asm/errno.h>

/* Kernel-internal codes, never seen by user space. */
#define ERESTARTSYS	512
#define ENOTSUPP	524

/* Symbolic name of an errno ("EINVAL"), or NULL when unknown. */
const char *errname(int err);

#endif /* _LINUX_ERRNO_H */
