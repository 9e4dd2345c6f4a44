// SPDX-License-Identifier: GPL-2.0-only
/* Sleeping mutual exclusion, reduced to its signatures. */

#include <linux/mutex.h>
#include <linux/spinlock.h>

void __mutex_init(struct mutex *lock, const char *name,
		  struct lock_class_key *key)
{
	lock->owner.counter = 0;
	__spin_lock_init(&lock->wait_lock, name, key);
}

void mutex_lock_nested(struct mutex *lock, unsigned int subclass)
{
	spin_lock(&lock->wait_lock);
	lock->owner.counter = 1;
	spin_unlock(&lock->wait_lock);
}

void mutex_unlock(struct mutex *lock)
{
	lock->owner.counter = 0;
}
