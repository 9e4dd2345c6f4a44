/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MODULE_H
#define _LINUX_MODULE_H

#include <linux/types.h>

#define MODULE_NAME_LEN 56

struct module {
	char name[MODULE_NAME_LEN];
	struct list_head list;
};

extern struct module __this_module;
#define THIS_MODULE (&__this_module)

#endif /* _LINUX_MODULE_H */
