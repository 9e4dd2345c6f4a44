/* SPDX-License-Identifier: GPL-2.0 */
/*
 * System-on-chip identification, in miniature. The device a registration
 * returns is private to the SoC core: users only pass its pointer back.
 */
#ifndef __SOC_BUS_H
#define __SOC_BUS_H

struct soc_device_attribute {
	const char *machine;
	const char *family;
	const char *revision;
	const char *soc_id;
};

struct soc_device *soc_device_register(struct soc_device_attribute *soc_plat_dev_attr);
void soc_device_unregister(struct soc_device *soc_dev);

#endif /* __SOC_BUS_H */
