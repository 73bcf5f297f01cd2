import type { CloudService, DeviceSource } from '../cloud/cloud-service';
import type { DeviceRef } from '../directory/directory';

export type { DeviceSource } from '../cloud/cloud-service';

/**
 * The report's devices chosen on the IoT side (product, firmware or job), resolved by the cloud
 * service (its one limiter, paging and cache). Which report terminal each device is, the
 * directory says.
 */
export class IotSources {
  constructor(private readonly cloud: CloudService) {}

  /** Forgets resolved device lists (they are otherwise kept a few minutes). */
  clearCache(): void {
    this.cloud.cache.invalidate('devices');
  }

  /** The devices with an upgrade task in a job, a firmware, or any firmware of a product. */
  async resolveDevices(
    source: DeviceSource,
    onFound?: (count: number) => void,
  ): Promise<DeviceRef[]> {
    const devices = await this.cloud.resolveDevices(source, { onProgress: onFound });
    return devices.map(({ productKey, deviceName, iotId }) => ({ productKey, deviceName, iotId }));
  }
}
