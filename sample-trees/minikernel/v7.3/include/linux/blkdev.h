/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Portions of the block layer that drivers see, in miniature.
 */
#ifndef _LINUX_BLKDEV_H
#define _LINUX_BLKDEV_H

#include <linux/types.h>
#include <linux/gfp.h>

typedef u8 __bitwise blk_status_t;
typedef u64 sector_t;

#define BLK_STS_OK		((__force blk_status_t)0)
#define BLK_STS_IOERR		((__force blk_status_t)10)
#define SECTOR_SHIFT		9

struct gendisk {
	int major;
	int first_minor;
	char disk_name[32];
	sector_t capacity;
	void *private_data;
};

void set_capacity(struct gendisk *disk, sector_t size);
int __must_check add_disk(struct gendisk *disk);
void del_gendisk(struct gendisk *disk);
void put_disk(struct gendisk *disk);

#endif /* _LINUX_BLKDEV_H */
