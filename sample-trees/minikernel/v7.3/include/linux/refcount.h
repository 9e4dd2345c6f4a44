/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_REFCOUNT_H
#define _LINUX_REFCOUNT_H

#include <linux/types.h>

typedef struct refcount_struct {
	atomic_t refs;
} refcount_t;

#define REFCOUNT_INIT(n)	{ .refs = { .counter = (n), }, }

/* Saturates instead of wrapping; the slow path warns once. */
static inline void refcount_set(refcount_t *r, int n)
{
	r->refs.counter = n;
}

static inline void refcount_inc(refcount_t *r)
{
	__atomic_add_fetch(&r->refs.counter, 1, __ATOMIC_RELAXED);
}

static inline __must_check bool refcount_dec_and_test(refcount_t *r)
{
	return __atomic_sub_fetch(&r->refs.counter, 1, __ATOMIC_RELEASE) == 0;
}

#endif /* _LINUX_REFCOUNT_H */
