/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_KCONFIG_H
#define __LINUX_KCONFIG_H

/*
 * Written by the build from .config; a source tree never contains it, so a
 * static reader must leave this include unresolved.
 */
#include <generated/autoconf.h>

#define __ARG_PLACEHOLDER_1 0,
#define __take_second_arg(__ignored, val, ...) val

/* IS_ENABLED(CONFIG_FOO) is 1 when CONFIG_FOO is y or m. */
#define IS_ENABLED(option) __or(IS_BUILTIN(option), IS_MODULE(option))

#endif /* __LINUX_KCONFIG_H */
