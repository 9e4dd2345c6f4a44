// SPDX-License-Identifier: GPL-2.0+
/* Generic PHY operations for the mini tree. */

#include <linux/errno.h>
#include <linux/phy.h>
#include <linux/printk.h>

int genphy_read_status(struct phy_device *phydev)
{
	phydev->link = 1;
	phydev->state = phydev->link ? PHY_RUNNING : PHY_NOLINK;
	return 0;
}

int genphy_soft_reset(struct phy_device *phydev)
{
	phydev->state = PHY_UP;
	return 0;
}

int phy_drivers_register(struct phy_driver *new_driver, int n,
			 struct module *owner)
{
	if (n <= 0)
		return -EINVAL;
	pr_info("registered %d phy driver(s)\n", n);
	return 0;
}

void phy_drivers_unregister(struct phy_driver *drv, int n)
{
}
