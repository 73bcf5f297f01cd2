import { describe, expect, it } from 'vitest';

import type { Firmware, FirmwareStatus } from '../../../../shared/contract/firmware';
import { defaultFirmwareId } from './default-firmware';

const fw = (firmwareId: string, status: FirmwareStatus, utcCreate: string) =>
  ({ firmwareId, status, utcCreate }) as Firmware;

describe('defaultFirmwareId', () => {
  it('picks the newest package that can have jobs, skipping unverified ones', () => {
    const items = [
      fw('unverified-newest', 'unverified', '2026-11-20T00:00:00Z'),
      fw('older', 'verified', '2026-10-01T00:00:00Z'),
      fw('newest-verified', 'verified', '2026-11-13T00:00:00Z'),
    ];
    expect(defaultFirmwareId(items)).toBe('newest-verified');
  });

  it('falls back to the newest package, and to nothing for an empty list', () => {
    expect(
      defaultFirmwareId([
        fw('a', 'unverified', '2026-01-01T00:00:00Z'),
        fw('b', 'verificationFailed', '2026-02-01T00:00:00Z'),
      ]),
    ).toBe('b');
    expect(defaultFirmwareId([])).toBeUndefined();
  });
});
