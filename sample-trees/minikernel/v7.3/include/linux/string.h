/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_STRING_H_
#define _LINUX_STRING_H_

#include <linux/types.h>

extern size_t strlen(const char *s);
extern int strcmp(const char *cs, const char *ct);
extern void *memset(void *s, int c, size_t n);

#endif /* _LINUX_STRING_H_ */
