import type { Firmware } from '../../../../shared/contract/firmware';

/** Verification states in which a package can have upgrade jobs: -1 none needed, 1 verified. */
const UPGRADABLE = new Set([-1, 1]);

/**
 * The package a first visit shows: the newest one that can have upgrade jobs (an unverified
 * package has none), else the newest of all.
 */
export function defaultFirmwareId(items: readonly Firmware[]): string | undefined {
  const byNewest = [...items].sort((a, b) => (b.utcCreate ?? '').localeCompare(a.utcCreate ?? ''));
  return (byNewest.find((item) => UPGRADABLE.has(item.status)) ?? byNewest[0])?.firmwareId;
}
