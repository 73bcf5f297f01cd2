import { z } from 'zod';

/**
 * Device names as the IoT Platform accepts them: 4–32 characters of letters, digits and `-_@.:`.
 * Written once: the cancel dialog, the BFF and its tests all use this rule.
 */
export const DEVICE_NAME_MIN_LENGTH = 4;
export const DEVICE_NAME_MAX_LENGTH = 32;
export const DEVICE_NAME_PATTERN = /^[A-Za-z0-9_.:@-]+$/;

/** What CancelOTATaskByDevice takes in one call (`DeviceName.N`, unique). */
export const CANCEL_BATCH_SIZE = 200;

export function deviceNameProblem(name: string): string | null {
  if (name.length < DEVICE_NAME_MIN_LENGTH)
    return `shorter than ${DEVICE_NAME_MIN_LENGTH} characters`;
  if (name.length > DEVICE_NAME_MAX_LENGTH)
    return `longer than ${DEVICE_NAME_MAX_LENGTH} characters`;
  if (!DEVICE_NAME_PATTERN.test(name)) return 'only letters, digits and - _ @ . : are allowed';
  return null;
}

export const deviceNameSchema = z.string().superRefine((name, ctx) => {
  const problem = deviceNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: `Device name "${name}": ${problem}` });
});

export interface InvalidDeviceName {
  value: string;
  problem: string;
}

export interface ParsedDeviceNames {
  /** Valid names, first occurrence order, without duplicates. */
  names: string[];
  invalid: InvalidDeviceName[];
  /** How many repeated entries were dropped. */
  duplicates: number;
}

/** A pasted list: one name per line, or separated by commas, semicolons or spaces. */
export function parseDeviceNames(text: string): ParsedDeviceNames {
  const seen = new Set<string>();
  const invalidSeen = new Set<string>();
  const names: string[] = [];
  const invalid: InvalidDeviceName[] = [];
  let duplicates = 0;
  for (const token of text.split(/[\s,;]+/)) {
    if (token === '') continue;
    if (seen.has(token) || invalidSeen.has(token)) {
      duplicates += 1;
      continue;
    }
    const problem = deviceNameProblem(token);
    if (problem) {
      invalidSeen.add(token);
      invalid.push({ value: token, problem });
    } else {
      seen.add(token);
      names.push(token);
    }
  }
  return { names, invalid, duplicates };
}

/** Splits a list into consecutive chunks of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
