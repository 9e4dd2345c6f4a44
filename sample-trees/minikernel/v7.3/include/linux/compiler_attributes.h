/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_COMPILER_ATTRIBUTES_H
#define __LINUX_COMPILER_ATTRIBUTES_H

#define __always_inline			inline __attribute__((__always_inline__))
#define __must_check			__attribute__((__warn_unused_result__))
#define __printf(a, b)			__attribute__((__format__(printf, a, b)))
#define __cold				__attribute__((__cold__))
#define __aligned(x)			__attribute__((__aligned__(x)))

#endif /* __LINUX_COMPILER_ATTRIBUTES_H */
