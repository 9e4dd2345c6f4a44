/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_MUTEX_H
#define __LINUX_MUTEX_H

#include <linux/types.h>
#include <linux/spinlock.h>
#include <linux/lockdep_types.h>

struct mutex {
	atomic_t		owner;
	spinlock_t		wait_lock;
	struct list_head	wait_list;
};

extern void __mutex_init(struct mutex *lock, const char *name,
			 struct lock_class_key *key);

extern void mutex_lock_nested(struct mutex *lock, unsigned int subclass);
extern int __must_check mutex_trylock(struct mutex *lock);
extern void mutex_unlock(struct mutex *lock);

/* Without lockdep the subclass is ignored; either way it is a macro. */
#define mutex_lock(lock) mutex_lock_nested(lock, 0)

#endif /* __LINUX_MUTEX_H */
