/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __KERNEL_PRINTK__
#define __KERNEL_PRINTK__

#include <linux/compiler_attributes.h>

#define KERN_SOH	"\001"
#define KERN_ERR	KERN_SOH "3"
#define KERN_INFO	KERN_SOH "6"
#define KERN_CONT	KERN_SOH "c"

asmlinkage __printf(1, 2) __cold
int _printk(const char *fmt, ...);

__printf(1, 0)
int vprintk(const char *fmt, va_list args);

#define printk(fmt, ...) _printk(fmt, ##__VA_ARGS__)
#define pr_info(fmt, ...) printk(KERN_INFO fmt, ##__VA_ARGS__)

#endif /* __KERNEL_PRINTK__ */
