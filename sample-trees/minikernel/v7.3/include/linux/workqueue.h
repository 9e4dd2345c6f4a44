/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_WORKQUEUE_H
#define _LINUX_WORKQUEUE_H

#include <linux/types.h>

struct work_struct;
typedef void (*work_func_t)(struct work_struct *work);

struct work_struct {
	atomic_t data;
	struct list_head entry;
	work_func_t func;
};

/* Named only so it can be referred to; the values are what matter. */
enum wq_misc_consts {
	WORK_NR_COLORS		= 16,
	WORK_CPU_UNBOUND	= 64,
	WORK_BUSY_PENDING	= 1 << 0,
};

enum {
	WQ_UNBOUND		= 1 << 1,
	WQ_FREEZABLE		= 1 << 2,
};

extern bool queue_work_on(int cpu, struct workqueue_struct *wq,
			  struct work_struct *work);

#endif /* _LINUX_WORKQUEUE_H */
