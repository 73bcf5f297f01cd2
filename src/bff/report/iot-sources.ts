import type { CloudService, DeviceSource } from '../cloud/cloud-service';

export type { DeviceSource } from '../cloud/cloud-service';

/**
 * The report's devices chosen on the IoT side (product, firmware or job), resolved by the cloud
 * service (its one limiter, paging and cache), as report-API terminal ids.
 */
export class IotSources {
  constructor(private readonly cloud: CloudService) {}

  /** Forgets resolved device lists (they are otherwise kept a few minutes). */
  clearCache(): void {
    this.cloud.cache.invalidate('devices');
  }

  /**
   * Terminal ids of the devices with an upgrade task in a job, a firmware, or any firmware of a
   * product. Until the device directory (issue 14) maps devices to terminals, the id comes from
   * the emulator's `TerminalId` extra on each task.
   */
  async resolveDevices(source: DeviceSource, onFound?: (count: number) => void): Promise<string[]> {
    const devices = await this.cloud.resolveDevices(source, { onProgress: onFound });
    const ids = new Set<string>();
    for (const device of devices) if (device.terminalId) ids.add(device.terminalId);
    return [...ids].sort();
  }
}
