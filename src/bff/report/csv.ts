import type { ReportRow } from '../../shared/contract/reports';
import type { Locale } from '../../shared/i18n/locales';
import { reportStatusMeta } from '../../shared/report/statuses';

/**
 * The export's words in each console language (`lang=` of /api/reports/export.csv): the header
 * line, the status names and upgrade modes. Values (ids, versions, UTC times) are the same in both.
 */
const WORDS = {
  en: {
    columns: [
      'Device name',
      'Terminal id',
      'Device number',
      'Status',
      'Status code',
      'Version',
      'URL',
      'Protocol',
      'Mode',
      'Upgrade info (unreadable)',
      'Send time (UTC)',
      'Last update (UTC)',
    ],
    status: {
      sendFailed: 'Send failed',
      waiting: 'Waiting for download',
      downloading: 'Downloading',
      succeeded: 'Succeeded',
      failed: 'Failed',
    },
    unknownStatus: (status: number) => `Unknown (${status})`,
    modes: { 'Whole package': 'Whole package', Differential: 'Differential' },
  },
  'zh-CN': {
    columns: [
      '设备名称',
      '终端 ID',
      '设备编号',
      '状态',
      '状态码',
      '版本',
      'URL',
      '协议',
      '升级方式',
      '升级信息（无法解析）',
      '发送时间（UTC）',
      '最后更新（UTC）',
    ],
    status: {
      sendFailed: '发送失败',
      waiting: '等待下载',
      downloading: '下载中',
      succeeded: '成功',
      failed: '失败',
    },
    unknownStatus: (status: number) => `未知（${status}）`,
    modes: { 'Whole package': '整包', Differential: '差分' },
  },
} satisfies Record<Locale, unknown>;

/** The English header line (the default). */
export const CSV_COLUMNS = WORDS.en.columns;

export const csvColumns = (lang: Locale): readonly string[] => WORDS[lang].columns;

/** Quotes a cell, and defuses text a spreadsheet would run as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function statusName(lang: Locale, status: number): string {
  const meta = reportStatusMeta(status);
  return meta ? WORDS[lang].status[meta.key] : WORDS[lang].unknownStatus(status);
}

function modeName(lang: Locale, mode: string | null): string | null {
  if (mode === null) return null;
  const modes: Record<string, string> = WORDS[lang].modes;
  return modes[mode] ?? mode;
}

export function csvLine(row: ReportRow, lang: Locale = 'en'): string {
  return `${[
    csvCell(row.deviceName ?? null),
    csvCell(row.terminalId),
    csvCell(row.terminalNum),
    csvCell(statusName(lang, row.status)),
    csvCell(row.status),
    csvCell(row.version),
    csvCell(row.url),
    csvCell(row.protocol),
    csvCell(modeName(lang, row.mode)),
    csvCell(row.upgradeInfoRaw),
    csvCell(row.sendTime),
    csvCell(row.updateTime),
  ].join(',')}\r\n`;
}

/** The CSV text a batch of rows at a time, so a large export streams without one huge string. */
export async function* csvChunks(
  batches: AsyncIterable<ReportRow[]>,
  lang: Locale = 'en',
): AsyncGenerator<string> {
  yield `\uFEFF${csvColumns(lang).join(',')}\r\n`;
  for await (const rows of batches) {
    let chunk = '';
    for (const row of rows) chunk += csvLine(row, lang);
    yield chunk;
  }
}
