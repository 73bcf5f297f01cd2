import { CsvError, parse } from 'csv-parse/sync';

import { bffErrorCodes } from '../../shared/contract/api-error';
import {
  DEVICE_NAME_RULE,
  type DirectoryImportResult,
  IMPORT_SAMPLE_ROWS,
  type ImportRefusal,
  type ImportRow,
  MAX_IMPORT_ROWS,
  normalizeTerminalId,
  PRODUCT_KEY_RULE,
  TERMINAL_ID_RULE,
  TERMINAL_NUM_RULE,
} from '../../shared/contract/directory';
import { AppError } from '../errors';
import type { DirectoryStore, StoredEntry } from './directory-store';

export type Refusal = ImportRefusal;
type Why = Pick<Refusal, 'code' | 'values' | 'reason'>;

/** What an import would do: every accepted row is added, changed or unchanged. */
export interface ImportPlan {
  lines: number;
  added: ImportRow[];
  changed: Array<ImportRow & { before: StoredEntry }>;
  unchanged: number;
  refused: Refusal[];
}

const HEADER = ['devicename', 'productkey', 'terminalid', 'terminalnum'];
const deviceKey = (productKey: string, deviceName: string) => `${productKey}\u0000${deviceName}`;

const importRefused = (message: string) => new AppError(400, bffErrorCodes.validation, message);

/**
 * `deviceName,productKey,terminalId[,terminalNum]` lines, with an optional header line: at most
 * `limit` records are read, so a file of many tiny lines is refused without holding them all.
 */
function readLines(csv: string, limit: number): Array<{ line: number; fields: string[] }> {
  try {
    const records = parse(csv, {
      to: limit,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return records.map(({ record, info }) => ({ line: info.lines, fields: record }));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw importRefused(
        `The file is not valid CSV${line ? ` (line ${line})` : ''}: ${error.message}`,
      );
    }
    throw error;
  }
}

function rowOf(line: number, fields: string[]): ImportRow | Why {
  if (fields.length < 3 || fields.length > 4)
    return {
      code: 'columns',
      values: { found: fields.length },
      reason: `Expected 3 or 4 columns (deviceName,productKey,terminalId[,terminalNum]), found ${fields.length}`,
    };
  const [deviceName = '', productKey = '', rawTerminalId = '', rawTerminalNum = ''] = fields;
  if (!DEVICE_NAME_RULE.test(deviceName))
    return {
      code: 'deviceName',
      values: { value: deviceName },
      reason: `Device name "${deviceName}" is not valid (1–64 letters, digits, _ - @ . :)`,
    };
  if (!PRODUCT_KEY_RULE.test(productKey))
    return {
      code: 'productKey',
      values: { value: productKey },
      reason: `ProductKey "${productKey}" is not valid`,
    };
  if (!TERMINAL_ID_RULE.test(rawTerminalId))
    return {
      code: 'terminalId',
      values: { value: rawTerminalId },
      reason: `Terminal id "${rawTerminalId}" is not valid (1–64 letters, digits, _ -)`,
    };
  if (rawTerminalNum !== '' && !TERMINAL_NUM_RULE.test(rawTerminalNum))
    return {
      code: 'terminalNum',
      values: { value: rawTerminalNum },
      reason: `Terminal number "${rawTerminalNum}" is not valid`,
    };
  return {
    line,
    productKey,
    deviceName,
    terminalId: normalizeTerminalId(rawTerminalId),
    terminalNum: rawTerminalNum === '' ? null : rawTerminalNum,
  };
}

/**
 * Reads an import file and compares it with the directory: nothing is written here. Refused rows
 * name their line and reason; a device or terminal named twice keeps its first line.
 */
export async function planImport(csv: string, store: DirectoryStore): Promise<ImportPlan> {
  // One record more than a header and the rows allowed says the file is too long.
  const records = readLines(csv, MAX_IMPORT_ROWS + 2);
  const first = records[0]?.fields.map((f) => f.toLowerCase());
  if (first && first.length >= 3 && first.every((f, i) => f === HEADER[i])) records.shift();
  if (records.length > MAX_IMPORT_ROWS)
    throw importRefused(
      `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows, the most one import takes: split it`,
    );

  const refused: Refusal[] = [];
  const accepted: ImportRow[] = [];
  const deviceLines = new Map<string, number>();
  const terminalLines = new Map<string, number>();
  for (const { line, fields } of records) {
    const text = fields.join(',').slice(0, 200);
    const row = rowOf(line, fields);
    if ('code' in row) {
      refused.push({ line, ...row, text });
      continue;
    }
    const key = deviceKey(row.productKey, row.deviceName);
    const sameDevice = deviceLines.get(key);
    if (sameDevice !== undefined) {
      refused.push({
        line,
        code: 'deviceTwice',
        values: { device: `${row.productKey}/${row.deviceName}`, other: sameDevice },
        reason: `Device ${row.productKey}/${row.deviceName} is already on line ${sameDevice}`,
        text,
      });
      continue;
    }
    const sameTerminal = terminalLines.get(row.terminalId);
    if (sameTerminal !== undefined) {
      refused.push({
        line,
        code: 'terminalTwice',
        values: { terminalId: row.terminalId, other: sameTerminal },
        reason: `Terminal id ${row.terminalId} is already on line ${sameTerminal}`,
        text,
      });
      continue;
    }
    deviceLines.set(key, line);
    terminalLines.set(row.terminalId, line);
    accepted.push(row);
  }

  const existing = new Map(
    (await store.byDevices(accepted)).map((e) => [deviceKey(e.productKey, e.deviceName), e]),
  );
  const holders = new Map(
    (await store.byTerminalIds(accepted.map((r) => r.terminalId))).map((e) => [e.terminalId, e]),
  );

  // A terminal may move only from a device this file maps anew (and whose row is not refused).
  const movable = new Set(deviceLines.keys());
  let kept = accepted;
  for (let changedAny = true; changedAny;) {
    changedAny = false;
    kept = kept.filter((row) => {
      const holder = holders.get(row.terminalId);
      const holderKey = holder && deviceKey(holder.productKey, holder.deviceName);
      if (!holder || holderKey === deviceKey(row.productKey, row.deviceName)) return true;
      if (holderKey && movable.has(holderKey)) return true;
      refused.push({
        line: row.line,
        code: 'terminalTaken',
        values: {
          terminalId: row.terminalId,
          device: `${holder.productKey}/${holder.deviceName}`,
        },
        reason: `Terminal id ${row.terminalId} already belongs to ${holder.productKey}/${holder.deviceName}`,
        text: [row.deviceName, row.productKey, row.terminalId, row.terminalNum ?? ''].join(','),
      });
      movable.delete(deviceKey(row.productKey, row.deviceName));
      changedAny = true;
      return false;
    });
  }

  const plan: ImportPlan = { lines: records.length, added: [], changed: [], unchanged: 0, refused };
  for (const row of kept) {
    const before = existing.get(deviceKey(row.productKey, row.deviceName));
    if (!before) plan.added.push(row);
    else if (before.terminalId === row.terminalId && before.terminalNum === row.terminalNum)
      plan.unchanged += 1;
    else plan.changed.push({ ...row, before });
  }
  refused.sort((a, b) => a.line - b.line);
  return plan;
}

/** The answer for a plan: full counts, the first rows of each kind. */
export function summarize(plan: ImportPlan, applied: boolean): DirectoryImportResult {
  const strip = ({ line, productKey, deviceName, terminalId, terminalNum }: ImportRow) => ({
    line,
    productKey,
    deviceName,
    terminalId,
    terminalNum,
  });
  return {
    applied,
    lines: plan.lines,
    added: plan.added.length,
    changed: plan.changed.length,
    unchanged: plan.unchanged,
    refused: plan.refused.length,
    samples: {
      added: plan.added.slice(0, IMPORT_SAMPLE_ROWS).map(strip),
      changed: plan.changed.slice(0, IMPORT_SAMPLE_ROWS).map((row) => ({
        ...strip(row),
        before: {
          productKey: row.before.productKey,
          deviceName: row.before.deviceName,
          terminalId: row.before.terminalId,
          terminalNum: row.before.terminalNum,
        },
      })),
      refused: plan.refused.slice(0, IMPORT_SAMPLE_ROWS),
    },
  };
}

/** Writes a plan's added and changed rows. */
export async function applyPlan(
  plan: ImportPlan,
  store: DirectoryStore,
  by: string,
  at = new Date(),
) {
  const updatedAt = at.toISOString();
  await store.write(
    [...plan.changed, ...plan.added].map((row) => ({
      productKey: row.productKey,
      deviceName: row.deviceName,
      terminalId: row.terminalId,
      terminalNum: row.terminalNum,
      updatedAt,
      updatedBy: by,
    })),
    plan.changed,
  );
}
