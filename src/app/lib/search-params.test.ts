import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { auditOutcomeSchema, auditQuerySchema } from '../../shared/contract/audit';
import {
  SET_ID_RULE,
  UNMATCHED_SET_KINDS,
  unmatchedListQuerySchema,
} from '../../shared/contract/directory-unmatched';
import {
  FIRMWARE_STATUSES,
  UPGRADABLE_FIRMWARE_STATUSES as CONTRACT_UPGRADABLE,
  upstreamIdSchema,
} from '../../shared/contract/firmware';
import { productListQuerySchema } from '../../shared/contract/products';
import { reportSummaryQuerySchema } from '../../shared/contract/reports';
import {
  TASK_PAGING_WINDOW,
  UPGRADE_TASK_STATUSES as CONTRACT_TASK_STATUSES,
  upgradeTaskFilterSchema,
  upgradeTaskListQuerySchema,
} from '../../shared/contract/upgrade-tasks';
import { auditSearchShape } from '../features/audit/api/audit-search';
import { AUDIT_OUTCOMES } from '../features/audit/utils/action-labels';
import {
  readUnmatchedSetParam,
  unmatchedSearchShape,
} from '../features/directory/utils/unmatched-link';
import { productSearchShape } from '../features/products/api/product-search';
import { reportSearchShape } from '../features/reports/api/report-search';
import { taskSearchShape } from '../features/upgrade-tasks/hooks/use-task-page-params';
import { UPGRADE_TASK_STATUSES } from '../features/upgrade-tasks/lib/task-status-label';
import { UPGRADABLE_FIRMWARE_STATUSES } from '../features/upgrade-tasks/utils/default-firmware';
import type { SearchParam } from './search-state';

/** What the contract's schema makes of a parameter's text ('' and blanks read as missing). */
function contractReads(schema: z.ZodType, text: string): unknown {
  const parsed = schema.safeParse(text === '' ? undefined : text);
  const fallback = schema.safeParse(undefined);
  const value = parsed.success ? parsed.data : fallback.success ? fallback.data : undefined;
  return value === '' ? undefined : value;
}

function ownReads(param: SearchParam<unknown, unknown>, text: string): unknown {
  const value = text === '' ? undefined : param.read(text);
  return value === undefined ? param.fallback : value;
}

const SAMPLES = [
  '',
  ' ',
  'x',
  ' a1P ',
  'a1P',
  'a'.repeat(64),
  'a'.repeat(65),
  'bad id',
  'a_b-C9',
  'toString',
  '__proto__',
  '0',
  '1',
  '3',
  '-2',
  '2.5',
  '1e2',
  '0x10',
  ' 7 ',
  'NaN',
  'Infinity',
  '9999',
  '10000',
  '10001',
  '100000',
  '100001',
  '0.05',
  '0.1',
  '2208',
  '2209',
  '24h',
  '7d',
  '30d',
  'hour',
  'day',
  'week',
  'latest',
  'all',
  'asc',
  'desc',
  'up',
  'records',
  'stuck',
  'status',
  'sendTime',
  'deviceNumber',
  'success',
  'denied',
  'QUEUED',
  'queued',
  'CANCELED',
  '2026-12-02T10:00:00Z',
  '2026-12-02T10:00:00.123Z',
  '2026-12-02T10:00:00+08:00',
  '2026-12-02T10:00Z',
  '2026-12-02 10:00:00Z',
  '2026-02-29T10:00:00Z',
  '2024-02-29T10:00:00Z',
  '2026-12-02T24:00:00Z',
  '2026-12-02',
  'dev-1,dev-2 dev_3\nterm:9',
  'dev 1; dev@2',
  'bad/id',
  Array.from({ length: 250 }, (_, i) => `d${i}`).join(','),
  Array.from({ length: 251 }, (_, i) => `d${i}`).join(','),
  'x'.repeat(2_001),
];

function expectSameReading(
  own: Record<string, SearchParam<unknown, unknown>>,
  contract: Record<string, z.ZodType>,
) {
  for (const [key, param] of Object.entries(own)) {
    const schema = contract[key];
    expect(schema, `the contract has no "${key}"`).toBeDefined();
    for (const text of SAMPLES) {
      expect(ownReads(param, text), `${key}=${JSON.stringify(text)}`).toEqual(
        contractReads(schema!, text),
      );
    }
  }
}

describe('page URL state reads as the contract schemas read it (no zod on the pages)', () => {
  it('products', () => {
    expectSameReading(productSearchShape, productListQuerySchema.shape);
  });

  it('audit trail', () => {
    expectSameReading(auditSearchShape, auditQuerySchema.shape);
  });

  it('upgrade tasks', () => {
    expectSameReading(taskSearchShape, {
      firmware: upstreamIdSchema.optional(),
      job: upgradeTaskFilterSchema.shape.jobId,
      status: upgradeTaskFilterSchema.shape.status,
      device: upgradeTaskFilterSchema.shape.deviceName,
      page: upgradeTaskListQuerySchema.shape.page,
    });
  });

  it('report (every summary query field)', () => {
    expectSameReading(reportSearchShape, reportSummaryQuerySchema.shape);
    expect(Object.keys(reportSearchShape).sort()).toEqual(
      Object.keys(reportSummaryQuerySchema.shape).sort(),
    );
  });
});

describe('directory: devices without a report terminal', () => {
  it('reads the page as the list query does, and a set only with an id the contract takes', () => {
    expectSameReading(
      { unmatchedPage: unmatchedSearchShape.unmatchedPage },
      { unmatchedPage: unmatchedListQuerySchema.shape.page },
    );
    for (const kind of UNMATCHED_SET_KINDS) {
      for (const text of SAMPLES) {
        const set = readUnmatchedSetParam(`${kind}:${text}`);
        if (set) expect(set).toEqual({ kind, id: text });
        expect(set !== undefined, `${kind}:${JSON.stringify(text)}`).toBe(SET_ID_RULE.test(text));
      }
    }
    expect(readUnmatchedSetParam('device:a1P')).toBeUndefined();
  });
});

describe('lists copied from the contract', () => {
  it('match it, in its order', () => {
    expect(UPGRADE_TASK_STATUSES).toEqual(CONTRACT_TASK_STATUSES);
    expect(AUDIT_OUTCOMES).toEqual(auditOutcomeSchema.options);
    expect(UPGRADABLE_FIRMWARE_STATUSES).toEqual(CONTRACT_UPGRADABLE);
    expect(FIRMWARE_STATUSES).toEqual(expect.arrayContaining([...UPGRADABLE_FIRMWARE_STATUSES]));
    expect(TASK_PAGING_WINDOW).toBe(100_000);
  });
});
