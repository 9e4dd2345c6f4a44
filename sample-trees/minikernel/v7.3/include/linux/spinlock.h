/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_SPINLOCK_H
#define __LINUX_SPINLOCK_H

#include <linux/types.h>
#include <linux/lockdep_types.h>

typedef struct spinlock {
	atomic_t raw;
} spinlock_t;

void __spin_lock_init(spinlock_t *lock, const char *name,
		      struct lock_class_key *key);
void _raw_spin_lock(spinlock_t *lock);
void _raw_spin_unlock(spinlock_t *lock);

/* Function-like macros: bindgen cannot see them, so Rust goes through helpers. */
#define spin_lock(lock)		_raw_spin_lock(lock)
#define spin_unlock(lock)	_raw_spin_unlock(lock)

#endif /* __LINUX_SPINLOCK_H */
