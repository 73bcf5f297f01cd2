import { describe, expect, it } from 'vitest';

import { withReportDefaults } from './report-defaults';
import { readReportSearch } from './report-search';

const run = (search: string, first: string | null = 'a1First') =>
  withReportDefaults(new URLSearchParams(search), first ?? undefined)?.toString() ?? null;

describe('withReportDefaults', () => {
  it('fills in the first product and the last 7 days on a bare address', () => {
    expect(run('')).toBe('productKey=a1First&range=7d');
    expect(readReportSearch(new URLSearchParams(run('') ?? ''))).toMatchObject({
      productKey: 'a1First',
      range: '7d',
    });
  });

  it('keeps every explicit choice and adds only what is missing', () => {
    expect(run('count=all&sort=status')).toBe('count=all&sort=status&productKey=a1First&range=7d');
    expect(run('range=30d')).toBe('range=30d&productKey=a1First');
    expect(run('from=2025-01-01T00:00:00.000Z&to=2025-01-02T00:00:00.000Z')).toBe(
      'from=2025-01-01T00%3A00%3A00.000Z&to=2025-01-02T00%3A00%3A00.000Z&productKey=a1First',
    );
    expect(run('productKey=a1Other')).toBe('productKey=a1Other&range=7d');
    expect(run('ids=dev-1,dev-2')).toBe('ids=dev-1%2Cdev-2&range=7d');
    expect(run('firmwareId=fw-1')).toBe('firmwareId=fw-1&range=7d');
  });

  it('changes nothing when the address is complete', () => {
    expect(run('productKey=a1Other&range=24h')).toBeNull();
    expect(run('jobId=job-1&from=2025-01-01T00:00:00Z&to=2025-01-02T00:00:00Z')).toBeNull();
  });

  it('defaults no devices when there is no product to default to', () => {
    expect(run('', null)).toBeNull();
    expect(run('range=7d', null)).toBeNull();
    expect(run('productKey=a1Other', null)).toBe('productKey=a1Other&range=7d');
  });

  it('replaces a half-given range (from without to) by the default', () => {
    expect(run('productKey=a1Other&from=2025-01-01T00:00:00Z')).toBe('productKey=a1Other&range=7d');
  });
});
