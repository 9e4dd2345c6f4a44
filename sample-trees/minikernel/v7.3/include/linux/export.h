/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_EXPORT_H
#define _LINUX_EXPORT_H

/* Records the symbol in the GPL-only export table (a no-op in this tree). */
#define EXPORT_SYMBOL_GPL(sym)	extern typeof(sym) sym
#define EXPORT_SYMBOL(sym)	extern typeof(sym) sym

#endif /* _LINUX_EXPORT_H */
