/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_X86_PROCESSOR_H
#define _ASM_X86_PROCESSOR_H

/* Spin-wait hint; the real one emits PAUSE. */
static inline void cpu_relax(void)
{
	__asm__ __volatile__("rep; nop" ::: "memory");
}

#endif /* _ASM_X86_PROCESSOR_H */
