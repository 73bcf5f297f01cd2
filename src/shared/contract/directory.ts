import { z } from 'zod';

/**
 * How an IoT device (ProductKey + DeviceName, IotId) meets its report terminal (terminalId,
 * terminalNum): `REPORT_TERMINAL_MATCH`. Imported directory entries always come first; the rule
 * fills in the devices they do not name (`directory`: nothing does).
 */
export const TERMINAL_MATCH_RULES = ['deviceName', 'terminalNum', 'iotId', 'directory'] as const;
export const terminalMatchRuleSchema = z.enum(TERMINAL_MATCH_RULES);
export type TerminalMatchRule = z.infer<typeof terminalMatchRuleSchema>;

const HEX_32 = /^[0-9a-f]{32}$/i;

/** The report API writes its 32-hex terminal ids in upper case; accept them in any case. */
export function normalizeTerminalId(id: string): string {
  const trimmed = id.trim();
  return HEX_32.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}

/** ProductKey, DeviceName, terminal ids and numbers as the two clouds allow them. */
export const PRODUCT_KEY_RULE = /^[A-Za-z0-9_-]{1,64}$/;
export const DEVICE_NAME_RULE = /^[A-Za-z0-9_\-@.:]{1,64}$/;
export const TERMINAL_ID_RULE = /^[A-Za-z0-9_-]{1,64}$/;
export const TERMINAL_NUM_RULE = /^[A-Za-z0-9_-]{1,64}$/;

/** Uploads: the file as text in JSON (the console reads it in the browser). */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
/** Bounded so that an import's plan fits the BFF's heap (scripts/bff-node-flags.ts). */
export const MAX_IMPORT_ROWS = 100_000;
/** How many rows of each kind a preview lists (the counts are always complete). */
export const IMPORT_SAMPLE_ROWS = 100;

export const directoryEntrySchema = z.object({
  productKey: z.string(),
  deviceName: z.string(),
  terminalId: z.string(),
  terminalNum: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directoryListQuerySchema = z.object({
  /** Contained in the device name, terminal id or terminal number (any case). */
  q: z.string().trim().max(64).optional(),
  productKey: z
    .string()
    .trim()
    .regex(PRODUCT_KEY_RULE, 'Invalid ProductKey')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type DirectoryListQuery = z.input<typeof directoryListQuerySchema>;

export const directoryListSchema = z.object({
  rule: terminalMatchRuleSchema,
  /** Entries in the whole directory (before the filter). */
  size: z.number().int(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(directoryEntrySchema),
});
export type DirectoryList = z.infer<typeof directoryListSchema>;

export const directoryImportInputSchema = z.object({
  csv: z.string().max(MAX_IMPORT_BYTES, 'The file is larger than 8 MB: split it'),
  fileName: z.string().trim().max(200).optional(),
});
export type DirectoryImportInput = z.infer<typeof directoryImportInputSchema>;

const importRowSchema = z.object({
  line: z.number().int(),
  productKey: z.string(),
  deviceName: z.string(),
  terminalId: z.string(),
  terminalNum: z.string().nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

/**
 * Why an import line is refused, as a stable code with its values: the console says it in the
 * reader's language; `reason` is the same in English (for the shell and logs).
 */
export const IMPORT_REFUSAL_CODES = [
  'columns',
  'deviceName',
  'productKey',
  'terminalId',
  'terminalNum',
  'deviceTwice',
  'terminalTwice',
  'terminalTaken',
] as const;
export const importRefusalSchema = z.object({
  line: z.number().int(),
  code: z.enum(IMPORT_REFUSAL_CODES),
  /** What the reason names: the bad value, the column count, the other line or device. */
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  reason: z.string(),
  text: z.string(),
});
export type ImportRefusal = z.infer<typeof importRefusalSchema>;

export const directoryImportResultSchema = z.object({
  /** false for a preview (dry run): nothing was written. */
  applied: z.boolean(),
  /** Data lines read (the header is not counted). */
  lines: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  refused: z.number().int(),
  /** The first rows of each kind (see IMPORT_SAMPLE_ROWS). */
  samples: z.object({
    added: z.array(importRowSchema),
    changed: z.array(importRowSchema.extend({ before: importRowSchema.omit({ line: true }) })),
    refused: z.array(importRefusalSchema),
  }),
});
export type DirectoryImportResult = z.infer<typeof directoryImportResultSchema>;
