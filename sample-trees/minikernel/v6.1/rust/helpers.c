// SPDX-License-Identifier: GPL-2.0
/*
 * bindgen only sees symbols that exist in the object files: inline
 * functions and function-like macros do not. Each one Rust needs gets an
 * exported wrapper named rust_helper_<name> here; the bindings crate drops
 * the prefix again, so Rust simply calls bindings::<name>.
 */

#include <linux/export.h>
#include <linux/mutex.h>
#include <linux/refcount.h>
#include <linux/spinlock.h>

void rust_helper_mutex_lock(struct mutex *lock)
{
	mutex_lock(lock);
}
EXPORT_SYMBOL_GPL(rust_helper_mutex_lock);

refcount_t rust_helper_REFCOUNT_INIT(int n)
{
	return (refcount_t)REFCOUNT_INIT(n);
}
EXPORT_SYMBOL_GPL(rust_helper_REFCOUNT_INIT);

void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}
EXPORT_SYMBOL_GPL(rust_helper_refcount_inc);

bool rust_helper_refcount_dec_and_test(refcount_t *r)
{
	return refcount_dec_and_test(r);
}
EXPORT_SYMBOL_GPL(rust_helper_refcount_dec_and_test);
