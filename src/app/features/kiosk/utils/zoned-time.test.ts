import { describe, expect, it } from 'vitest';

import { formatAge, formatZoned, formatZonedTime } from './zoned-time';

const AT = Date.parse('2026-12-02T03:41:10Z');

describe('zoned time on the kiosk', () => {
  it('names date, time and zone; UTC by default', () => {
    expect(formatZoned(AT, 'UTC')).toBe('2026-12-02 03:41:10 UTC');
    expect(formatZoned(AT, 'Asia/Shanghai')).toBe('2026-12-02 11:41:10 Asia/Shanghai (GMT+8)');
    // The date moves with the zone.
    expect(formatZoned(AT, 'America/Los_Angeles')).toBe(
      '2026-12-01 19:41:10 America/Los_Angeles (GMT-8)',
    );
    expect(formatZonedTime(AT, 'Asia/Kolkata')).toBe('09:11');
  });

  it('says how old figures are', () => {
    expect(formatAge(12_400)).toBe('12 sec');
    expect(formatAge(5 * 60_000 + 10_000)).toBe('5 min');
    expect(formatAge(125 * 60_000)).toBe('2 hr 5 min');
    expect(formatAge(3 * 86_400_000)).toBe('3 days');
    expect(formatAge(-5)).toBe('0 sec');
    expect(formatAge(5 * 60_000, 'zh-CN')).toBe('5分钟');
  });
});
