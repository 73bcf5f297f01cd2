import { describe, expect, it } from 'vitest';

import { DEFAULT_THROTTLE, LoginThrottle, type ThrottleVerdict } from './login-throttle';

function clock(start = 1_800_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const fail = (verdict: ThrottleVerdict) => {
  expect(verdict.ok).toBe(true);
};

const waitOf = (verdict: ThrottleVerdict) => (verdict.ok ? 0 : verdict.waitMs);

describe('per username and address', () => {
  it('lets 5 failures through, then each further attempt waits twice as long (capped)', () => {
    const c = clock();
    const t = new LoginThrottle(DEFAULT_THROTTLE, c.now);
    for (let i = 0; i < 5; i++) fail(t.begin('viewer', '203.0.113.1'));
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      const refused = t.begin('viewer', '203.0.113.1');
      waits.push(waitOf(refused));
      c.advance(waitOf(refused));
      fail(t.begin('viewer', '203.0.113.1'));
    }
    expect(waits.slice(0, 6)).toEqual([1000, 2000, 4000, 8000, 16000, 32000]);
    expect(Math.max(...waits)).toBe(15 * 60_000);
  });

  it('does not slow the same user from another address', () => {
    const c = clock();
    const t = new LoginThrottle(DEFAULT_THROTTLE, c.now);
    for (let i = 0; i < 12; i++) {
      c.advance(waitOf(t.begin('viewer', '203.0.113.1')));
      t.begin('viewer', '203.0.113.1');
    }
    expect(waitOf(t.begin('viewer', '203.0.113.1'))).toBeGreaterThan(60_000);
    const other = t.begin('viewer', '198.51.100.7');
    expect(other.ok).toBe(true);
  });

  it('a right password clears the streak', () => {
    const c = clock();
    const t = new LoginThrottle(DEFAULT_THROTTLE, c.now);
    for (let i = 0; i < 4; i++) t.begin('viewer', 'a');
    const right = t.begin('viewer', 'a');
    if (right.ok) right.ticket.succeeded();
    for (let i = 0; i < 5; i++) fail(t.begin('viewer', 'a'));
  });

  it('forgets failures after an hour without one', () => {
    const c = clock();
    const t = new LoginThrottle(DEFAULT_THROTTLE, c.now);
    for (let i = 0; i < 9; i++) t.begin('viewer', 'a');
    c.advance(60 * 60_000 + 1);
    fail(t.begin('viewer', 'a'));
  });

  it('matches usernames ignoring case and surrounding spaces', () => {
    const c = clock();
    const t = new LoginThrottle(DEFAULT_THROTTLE, c.now);
    for (let i = 0; i < 5; i++) t.begin(i % 2 ? 'Viewer' : ' viewer ', 'a');
    expect(t.begin('VIEWER', 'a').ok).toBe(false);
  });
});

describe('per address, across usernames', () => {
  it('slows one machine trying many accounts after 30 failures', () => {
    const c = clock();
    const t = new LoginThrottle(DEFAULT_THROTTLE, c.now);
    for (let i = 0; i < 30; i++) fail(t.begin(`user-${i}`, 'a'));
    expect(waitOf(t.begin('someone-else', 'a'))).toBe(1000);
    expect(t.begin('someone-else', 'b').ok).toBe(true);
  });
});

describe('per-username ceiling (ASVS V2.2.1)', () => {
  it('spaces attempts from many addresses by seconds instead of locking the account', () => {
    const c = clock();
    const t = new LoginThrottle(DEFAULT_THROTTLE, c.now);
    for (let i = 0; i < 20; i++) fail(t.begin('viewer', `10.0.0.${i}`));
    const refused = t.begin('viewer', '10.0.1.1');
    expect(refused.ok).toBe(false);
    // 80 more per hour: one every 45 s.
    expect(waitOf(refused)).toBeGreaterThan(0);
    expect(waitOf(refused)).toBeLessThanOrEqual(45_000);
    c.advance(waitOf(refused));
    const owner = t.begin('viewer', '192.0.2.50');
    expect(owner.ok).toBe(true);
  });

  it('allows no more than 100 failures in any hour, whatever the number of addresses', () => {
    const c = clock();
    const t = new LoginThrottle(DEFAULT_THROTTLE, c.now);
    let accepted = 0;
    for (let second = 0; second < 3600; second++) {
      if (t.begin('viewer', `addr-${second}`).ok) accepted++;
      c.advance(1000);
    }
    expect(accepted).toBeLessThanOrEqual(100);
    expect(accepted).toBeGreaterThanOrEqual(95);
  });

  it('a success gives its token back', () => {
    const c = clock();
    const t = new LoginThrottle(DEFAULT_THROTTLE, c.now);
    for (let i = 0; i < 19; i++) t.begin('viewer', `x${i}`);
    for (let i = 0; i < 5; i++) {
      const right = t.begin('viewer', 'home');
      expect(right.ok).toBe(true);
      if (right.ok) right.ticket.succeeded();
    }
  });
});

it('keeps at most maxEntries keys of each kind', () => {
  const c = clock();
  const t = new LoginThrottle({ ...DEFAULT_THROTTLE, maxEntries: 3 }, c.now);
  for (let i = 0; i < 5; i++) t.begin('viewer', 'a');
  expect(t.begin('viewer', 'a').ok).toBe(false);
  // Three other keys push the oldest out.
  for (const user of ['u1', 'u2', 'u3']) t.begin(user, `addr-${user}`);
  expect(t.begin('viewer', 'a').ok).toBe(true);
});
