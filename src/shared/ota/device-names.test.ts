import { describe, expect, it } from 'vitest';

import { chunk, parseDeviceNames } from './device-names';

describe('parseDeviceNames', () => {
  it('splits on lines, commas, semicolons and spaces, drops duplicates and points out invalid names', () => {
    const parsed = parseDeviceNames(
      'trk-00001\ntrk-00002, trk-00003;trk-00001\n\n  ab\nbad name!  trk-00002 dev@site:1',
    );
    expect(parsed.names).toEqual(['trk-00001', 'trk-00002', 'trk-00003', 'dev@site:1']);
    expect(parsed.duplicates).toBe(2);
    expect(parsed.invalid.map((i) => i.value)).toEqual(['ab', 'bad', 'name!']);
    expect(parsed.invalid[0]!.problem).toMatch(/shorter than 4/);
    expect(parsed.invalid[2]!.problem).toMatch(/only letters/);
  });

  it('rejects names longer than 32 characters', () => {
    expect(parseDeviceNames('a'.repeat(33)).invalid[0]!.problem).toMatch(/longer than 32/);
  });
});

describe('chunk', () => {
  it('cuts 1,000 names into five calls of 200', () => {
    const names = Array.from({ length: 1_000 }, (_, i) => `dev-${i}`);
    expect(chunk(names, 200).map((c) => c.length)).toEqual([200, 200, 200, 200, 200]);
  });
});
