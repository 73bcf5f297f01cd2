import { i18n } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';

import {
  browserTimeZone,
  formatClock,
  formatMonthDay,
  formatTime,
  formatTimeParts,
  zoneLabel,
  zoneOf,
} from './format-time';
import { isoToZonedInput, zonedInputToIso } from './zoned-input';

const AT = '2026-12-02T03:41:10.000Z';
const MS = Date.parse(AT);

afterEach(() => {
  if (i18n.locale !== 'en') i18n.activate('en');
});

describe('formatTime: a time in a zone, naming it', () => {
  it('writes date, clock and zone; the date moves with the zone', () => {
    expect(formatTime(AT, 'UTC')).toBe('2026-12-02 03:41:10 UTC');
    expect(formatTime(AT, 'Asia/Shanghai')).toBe('2026-12-02 11:41:10 GMT+8');
    expect(formatTime(MS, 'America/Los_Angeles')).toBe('2026-12-01 19:41:10 GMT-8');
    expect(formatTime(new Date(MS), 'Asia/Kolkata')).toBe('2026-12-02 09:11:10 GMT+5:30');
    expect(formatTime(AT, 'Etc/UTC', { seconds: false })).toBe('2026-12-02 03:41 UTC');
  });

  it('names the offset a zone has at that instant (daylight saving time)', () => {
    expect(formatTime('2026-07-01T12:00:00Z', 'Europe/Berlin')).toBe('2026-07-01 14:00:00 GMT+2');
    expect(formatTime('2026-12-01T12:00:00Z', 'Europe/Berlin')).toBe('2026-12-01 13:00:00 GMT+1');
    expect(zoneLabel('Europe/Berlin', { at: MS, label: 'name' })).toBe('Europe/Berlin (GMT+1)');
    expect(zoneLabel('Europe/Berlin', { at: Date.parse('2026-07-01T00:00Z') })).toBe('GMT+2');
    expect(zoneLabel('UTC', { at: MS, label: 'name' })).toBe('UTC');
  });

  it('names the zone in full for screens read from afar', () => {
    expect(formatTime(AT, 'Asia/Shanghai', { zoneLabel: 'name' })).toBe(
      '2026-12-02 11:41:10 Asia/Shanghai (GMT+8)',
    );
    expect(formatTime(AT, 'UTC', { zoneLabel: 'name' })).toBe('2026-12-02 03:41:10 UTC');
  });

  it('speaks the active language in the medium style', () => {
    expect(formatTime(AT, 'UTC', { style: 'medium' })).toBe('Dec 2, 2026, 03:41:10 UTC');
    i18n.activate('zh-CN');
    expect(formatTime(AT, 'Asia/Shanghai', { style: 'medium' })).toBe(
      '2026年12月2日 11:41:10 GMT+8',
    );
    // Digits of the numeric style are the same in every language.
    expect(formatTime(AT, 'UTC')).toBe('2026-12-02 03:41:10 UTC');
    expect(formatTime(AT, 'UTC', { style: 'medium', locale: 'en' })).toBe(
      'Dec 2, 2026, 03:41:10 UTC',
    );
  });

  it('gives the parts for layouts that keep date and clock whole', () => {
    expect(formatTimeParts(AT, 'Asia/Shanghai')).toEqual({
      date: '2026-12-02',
      separator: ' ',
      time: '11:41:10',
      zone: 'GMT+8',
      iso: AT,
    });
  });

  it('shows a dash for no time and unreadable text as it is', () => {
    expect(formatTime(null, 'UTC')).toBe('—');
    expect(formatTime(undefined, 'UTC')).toBe('—');
    expect(formatTime('', 'UTC')).toBe('—');
    expect(formatTime('soon', 'UTC')).toBe('soon');
    expect(formatTimeParts('soon', 'UTC')).toBeNull();
  });

  it('writes chart ends in the zone', () => {
    expect(formatClock(MS, 'Asia/Kolkata')).toBe('09:11');
    expect(formatMonthDay(MS, 'America/Los_Angeles')).toBe('12-01');
  });

  it('turns a setting into a zone', () => {
    expect(zoneOf('UTC')).toBe('UTC');
    expect(zoneOf('browser')).toBe(browserTimeZone());
    expect(browserTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('typed time inputs in a zone', () => {
  it('reads a wall-clock time in the zone as its instant, and back', () => {
    expect(zonedInputToIso('2026-12-02T11:41', 'Asia/Shanghai')).toBe('2026-12-02T03:41:00.000Z');
    expect(zonedInputToIso('2026-12-02T03:41', 'UTC')).toBe('2026-12-02T03:41:00.000Z');
    expect(zonedInputToIso('2026-07-01T14:00:30', 'Europe/Berlin')).toBe(
      '2026-07-01T12:00:30.000Z',
    );
    expect(isoToZonedInput('2026-12-02T03:41:10Z', 'Asia/Shanghai')).toBe('2026-12-02 11:41');
    expect(isoToZonedInput('2026-12-02T03:41:10Z', 'America/Los_Angeles')).toBe('2026-12-01 19:41');
  });

  it('handles the hours around a daylight-saving change', () => {
    // Berlin: 2026-03-29 02:00 → 03:00 (02:30 does not exist), 2026-10-25 03:00 → 02:00.
    expect(zonedInputToIso('2026-03-29T01:30', 'Europe/Berlin')).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedInputToIso('2026-03-29T03:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInputToIso('2026-10-25T04:00', 'Europe/Berlin')).toBe('2026-10-25T03:00:00.000Z');
    const skipped = zonedInputToIso('2026-03-29T02:30', 'Europe/Berlin');
    expect(skipped).toBeDefined();
  });

  it('refuses what is not a time', () => {
    expect(zonedInputToIso('', 'UTC')).toBeUndefined();
    expect(zonedInputToIso('2026-12-02', 'UTC')).toBeUndefined();
    expect(zonedInputToIso('yesterday', 'UTC')).toBeUndefined();
    expect(isoToZonedInput(undefined, 'UTC')).toBe('');
    expect(isoToZonedInput('nope', 'UTC')).toBe('');
  });
});
