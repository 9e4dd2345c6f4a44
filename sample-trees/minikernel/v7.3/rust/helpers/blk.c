// SPDX-License-Identifier: GPL-2.0

#include <linux/blk-mq.h>
#include <linux/export.h>

void *rust_helper_blk_mq_rq_to_pdu(struct request *rq)
{
	return blk_mq_rq_to_pdu(rq);
}
EXPORT_SYMBOL_GPL(rust_helper_blk_mq_rq_to_pdu);
