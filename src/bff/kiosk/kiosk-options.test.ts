import { describe, expect, it } from 'vitest';

import { parseKioskIssueOptions } from './kiosk-options';

describe('npm run kiosk -- issue options', () => {
  it('reads every setting, with defaults for the rest', () => {
    expect(
      parseKioskIssueOptions({
        label: ' Support room ',
        product: ['a1AssetTrk1', 'a1DashCam02', 'a1AssetTrk1'],
        range: '7d',
        'rotate-seconds': '30',
        'stuck-hours': '1.5',
        zone: 'Europe/Berlin',
        lang: 'zh-CN',
      }),
    ).toEqual({
      label: 'Support room',
      panels: [
        { title: 'a1AssetTrk1', productKey: 'a1AssetTrk1' },
        { title: 'a1DashCam02', productKey: 'a1DashCam02' },
      ],
      settings: {
        range: '7d',
        rotateSeconds: 30,
        stuckHours: 1.5,
        zone: 'Europe/Berlin',
        lang: 'zh-CN',
      },
    });
    expect(parseKioskIssueOptions({}).settings).toEqual({
      range: '24h',
      rotateSeconds: 20,
      stuckHours: 6,
      zone: 'UTC',
      lang: 'en',
    });
  });

  it('names each wrong option with what it accepts, all at once', () => {
    let message = '';
    try {
      parseKioskIssueOptions({
        product: ['a1 bad'],
        range: '12h',
        'rotate-seconds': '2',
        'stuck-hours': 'six',
        zone: 'Mars/Olympus',
        lang: 'fr',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Cannot issue the kiosk link');
    expect(message).toContain('--product: "a1 bad" is not an id');
    expect(message).toContain('--range: one of 24h, 7d, 30d');
    expect(message).toContain('--rotate-seconds: The rotation interval is at least 5 seconds');
    expect(message).toContain('--stuck-hours: The stuck threshold is a number of hours');
    expect(message).toContain('--zone: The zone is an IANA time zone name');
    expect(message).toContain('--lang: one of en, zh-CN');
  });

  it('refuses fractions of seconds, zero hours and numbers with units', () => {
    for (const [values, text] of [
      [{ 'rotate-seconds': '7.5' }, '--rotate-seconds: The rotation interval is a whole number'],
      [{ 'rotate-seconds': '20s' }, '--rotate-seconds: The rotation interval is a whole number'],
      [{ 'rotate-seconds': '99999' }, '--rotate-seconds: The rotation interval is at most 3600'],
      [{ 'stuck-hours': '0' }, '--stuck-hours: The stuck threshold is more than 0 hours'],
      [{ 'stuck-hours': '-3' }, '--stuck-hours: The stuck threshold is a number of hours'],
      [{ label: '' }, '--label: 1 to 80 characters'],
    ] as const)
      expect(() => parseKioskIssueOptions(values), JSON.stringify(values)).toThrow(text);
  });
});
