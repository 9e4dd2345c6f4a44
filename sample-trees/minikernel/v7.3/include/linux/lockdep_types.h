/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_LOCKDEP_TYPES_H
#define __LINUX_LOCKDEP_TYPES_H

/* One per lock class; the address is the identity, the contents are private. */
struct lock_class_key {
	unsigned long subkeys[1];
};

#endif /* __LINUX_LOCKDEP_TYPES_H */
