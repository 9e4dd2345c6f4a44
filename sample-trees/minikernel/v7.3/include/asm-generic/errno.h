/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_GENERIC_ERRNO_H
#define _ASM_GENERIC_ERRNO_H

#include <asm-generic/errno-base.h>

#define	EDEADLK		35	/* Resource deadlock would occur */
#define	ENAMETOOLONG	36	/* File name too long */
#define	ENOSYS		38	/* Invalid system call number */
#define	ETIMEDOUT	110	/* Connection timed out */

#endif /* _ASM_GENERIC_ERRNO_H */
