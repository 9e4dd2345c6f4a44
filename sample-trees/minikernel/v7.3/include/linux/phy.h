/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Framework and drivers for configuring and reading different PHYs,
 * in miniature.
 */
#ifndef __PHY_H
#define __PHY_H

#include <linux/types.h>
#include <linux/mutex.h>
#include <linux/module.h>

#define PHY_MAX_ADDR	32
#define PHY_ID_MATCH_EXACT(id) .phy_id = (id), .phy_id_mask = 0xffffffffu

/**
 * enum phy_state - PHY state machine states
 * @PHY_DOWN: not attached yet
 * @PHY_READY: attached, not started
 * @PHY_HALTED: stopped by the MAC
 * @PHY_UP: started, link not yet checked
 * @PHY_RUNNING: link is up
 * @PHY_NOLINK: link is down
 */
enum phy_state {
	PHY_DOWN = 0,
	PHY_READY,
	PHY_HALTED,
	PHY_UP,
	PHY_RUNNING,
	PHY_NOLINK,
};

struct phy_device {
	u32 phy_id;
	int speed;
	int duplex;
	unsigned link:1;
	unsigned autoneg:1;
	enum phy_state state;
	struct mutex lock;
	struct phy_driver *drv;
};

struct phy_driver {
	const char *name;
	u32 phy_id;
	u32 phy_id_mask;
	u32 flags;
	int (*soft_reset)(struct phy_device *phydev);
	int (*read_status)(struct phy_device *phydev);
	int (*suspend)(struct phy_device *phydev);
	int (*resume)(struct phy_device *phydev);
};

int __must_check genphy_read_status(struct phy_device *phydev);
int genphy_soft_reset(struct phy_device *phydev);
int genphy_suspend(struct phy_device *phydev);
int genphy_resume(struct phy_device *phydev);
int phy_read_paged(struct phy_device *phydev, int page, u32 regnum);

int phy_drivers_register(struct phy_driver *new_driver, int n,
			 struct module *owner);
void phy_drivers_unregister(struct phy_driver *drv, int n);

#endif /* __PHY_H */
