// SPDX-License-Identifier: GPL-2.0
/*
 * The C half of mini_core.ko. The Rust objects cannot add entries to the
 * module's export table themselves, so the symbols are listed here.
 */

#include <linux/export.h>

int mini_core_boot_count(void);
EXPORT_SYMBOL_GPL(mini_core_boot_count);
