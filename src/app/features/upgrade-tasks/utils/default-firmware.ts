import type { Firmware, FirmwareStatus } from '../../../../shared/contract/firmware';

/** The contract's UPGRADABLE_FIRMWARE_STATUSES (its module holds zod schemas; a test compares). */
export const UPGRADABLE_FIRMWARE_STATUSES: readonly FirmwareStatus[] = [
  'noVerificationNeeded',
  'verified',
];

/**
 * The package a first visit shows: the newest one that can have upgrade jobs (an unverified
 * package has none), else the newest of all.
 */
export function defaultFirmwareId(items: readonly Firmware[]): string | undefined {
  const byNewest = [...items].sort((a, b) => (b.utcCreate ?? '').localeCompare(a.utcCreate ?? ''));
  return (
    byNewest.find((item) => UPGRADABLE_FIRMWARE_STATUSES.includes(item.status)) ?? byNewest[0]
  )?.firmwareId;
}
