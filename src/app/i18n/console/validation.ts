import type { I18n, MessageDescriptor } from '@lingui/core';
import type { z } from 'zod';

import { MAX_DEVICE_IDS, MAX_RANGE_DAYS } from '../../../shared/contract/reports';
import { CANCEL_DEVICES_MAX } from '../../../shared/contract/upgrade-tasks';
import { DEVICE_NAME_MAX_LENGTH, DEVICE_NAME_MIN_LENGTH } from '../../../shared/ota/device-names';
import {
  MODULE_ALIAS_MAX_LENGTH,
  MODULE_DESC_MAX_LENGTH,
  MODULE_NAME_MAX_LENGTH,
} from '../../../shared/ota/module-rules';

type Values = Record<string, string | number>;
interface Rule {
  /** The shared schema's English message: exactly, or a pattern capturing value, problem, more. */
  english: string | RegExp;
  message: MessageDescriptor;
  values?: () => Values;
}

/**
 * The shared zod schemas speak English (the BFF answers with those words and stable codes); in
 * the form each of their messages is shown in the active language. `validation.test.ts` runs the
 * schemas on bad input and fails on any message this table does not know.
 */
const rules: Rule[] = [
  {
    english: 'Module name is required',
    message: /*i18n*/ { id: 'validation.moduleName.required', message: 'Module name is required' },
  },
  {
    english: `Module name must be at most ${MODULE_NAME_MAX_LENGTH} characters`,
    message: /*i18n*/ {
      id: 'validation.moduleName.tooLong',
      message: 'Module name must be at most {max} characters',
    },
    values: () => ({ max: MODULE_NAME_MAX_LENGTH }),
  },
  {
    english: 'Spaces are not allowed in a module name',
    message: /*i18n*/ {
      id: 'validation.moduleName.spaces',
      message: 'Spaces are not allowed in a module name',
    },
  },
  {
    english: 'Use only letters, digits, periods (.), hyphens (-) and underscores (_)',
    message: /*i18n*/ {
      id: 'validation.moduleName.characters',
      message: 'Use only letters, digits, periods (.), hyphens (-) and underscores (_)',
    },
  },
  {
    english: 'A module with this name already exists (names ignore letter case)',
    message: /*i18n*/ {
      id: 'validation.moduleName.taken',
      message: 'A module with this name already exists (names ignore letter case)',
    },
  },
  {
    english: 'Alias must not be empty',
    message: /*i18n*/ { id: 'validation.alias.empty', message: 'Alias must not be empty' },
  },
  {
    english: `Alias must be at most ${MODULE_ALIAS_MAX_LENGTH} characters`,
    message: /*i18n*/ {
      id: 'validation.alias.tooLong',
      message: 'Alias must be at most {max} characters',
    },
    values: () => ({ max: MODULE_ALIAS_MAX_LENGTH }),
  },
  {
    english: 'Spaces are not allowed in an alias',
    message: /*i18n*/ {
      id: 'validation.alias.spaces',
      message: 'Spaces are not allowed in an alias',
    },
  },
  {
    english:
      'Use only Chinese or English letters, digits, periods (.), hyphens (-) and underscores (_)',
    message: /*i18n*/ {
      id: 'validation.alias.characters',
      message:
        'Use only Chinese or English letters, digits, periods (.), hyphens (-) and underscores (_)',
    },
  },
  {
    english: 'The platform cannot remove an alias once set; change it instead',
    message: /*i18n*/ {
      id: 'validation.alias.cannotRemove',
      message: 'The platform cannot remove an alias once set; change it instead',
    },
  },
  {
    english: `Description must be at most ${MODULE_DESC_MAX_LENGTH} characters`,
    message: /*i18n*/ {
      id: 'validation.desc.tooLong',
      message: 'Description must be at most {max} characters',
    },
    values: () => ({ max: MODULE_DESC_MAX_LENGTH }),
  },
  {
    english: 'Pick a firmware package',
    message: /*i18n*/ { id: 'validation.firmware.required', message: 'Pick a firmware package' },
  },
  {
    english: 'Name at least one device',
    message: /*i18n*/ { id: 'validation.devices.required', message: 'Name at least one device' },
  },
  {
    english: `At most ${CANCEL_DEVICES_MAX} devices at a time`,
    message: /*i18n*/ {
      id: 'validation.devices.tooMany',
      message: 'At most {max} devices at a time',
    },
    values: () => ({ max: CANCEL_DEVICES_MAX }),
  },
  {
    english: /^Not a device name: "(.*)": (.*?)(?: \(and (\d+) more\))?$/s,
    message: /*i18n*/ {
      id: 'validation.devices.invalid',
      message: 'Not a device name: "{value}": {problem}{more, plural, =0 {} other { (and # more)}}',
    },
  },
  {
    english:
      /^"(.*)" is not a device name or terminal id \(letters, digits, _ - @ \. :, at most 64\)$/s,
    message: /*i18n*/ {
      id: 'validation.report.idCharacters',
      message:
        '"{value}" is not a device name or terminal id (letters, digits, _ - @ . :, at most 64)',
    },
  },
  {
    english: `At most ${MAX_DEVICE_IDS} device ids`,
    message: /*i18n*/ { id: 'validation.report.tooManyIds', message: 'At most {max} device ids' },
    values: () => ({ max: MAX_DEVICE_IDS }),
  },
  {
    english: 'Choose devices: paste ids, or pick a product, firmware or job',
    message: /*i18n*/ {
      id: 'validation.report.devices',
      message: 'Choose devices: paste ids, or pick a product, firmware or job',
    },
  },
  {
    english: 'Give a range, or both from and to',
    message: /*i18n*/ {
      id: 'validation.report.range',
      message: 'Give a range, or both from and to',
    },
  },
  {
    english: 'from must be before to',
    message: /*i18n*/ { id: 'validation.report.order', message: 'from must be before to' },
  },
  {
    english: `At most ${MAX_RANGE_DAYS} days`,
    message: /*i18n*/ { id: 'validation.report.maxDays', message: 'At most {max} days' },
    values: () => ({ max: MAX_RANGE_DAYS }),
  },
];

/** `deviceNameProblem`'s English (alone or inside the "Not a device name" message). */
export function deviceNameProblem(i18n: I18n, english: string): string {
  if (english.startsWith('shorter'))
    return i18n._({
      id: 'validation.deviceName.short',
      message: 'shorter than {min} characters',
      values: { min: DEVICE_NAME_MIN_LENGTH },
    });
  if (english.startsWith('longer'))
    return i18n._({
      id: 'validation.deviceName.long',
      message: 'longer than {max} characters',
      values: { max: DEVICE_NAME_MAX_LENGTH },
    });
  return i18n._({
    id: 'validation.deviceName.characters',
    message: 'only letters, digits and - _ @ . : are allowed',
  });
}

/** Whether the table knows a shared schema's message (the test's check). */
export const knowsValidationMessage = (english: string) =>
  rules.some((rule) =>
    typeof rule.english === 'string' ? rule.english === english : rule.english.test(english),
  );

/** A shared schema's English message in the active language; null when the table lacks it. */
export function translateValidationMessage(i18n: I18n, english: string): string | null {
  for (const rule of rules) {
    if (typeof rule.english === 'string') {
      if (rule.english !== english) continue;
      return i18n._(rule.message.id, rule.values?.() ?? {}, { message: rule.message.message });
    }
    const match = english.match(rule.english);
    if (!match) continue;
    const values = {
      value: match[1] ?? '',
      problem: deviceNameProblem(i18n, match[2] ?? ''),
      more: Number(match[3] ?? 0),
    };
    return i18n._(rule.message.id, values, { message: rule.message.message });
  }
  return null;
}

/** One zod issue in the active language: the shared message's translation, else by issue code. */
export function translateIssue(i18n: I18n, issue: z.core.$ZodIssue): string {
  const known = translateValidationMessage(i18n, issue.message);
  if (known !== null) return known;
  // zod's own words (a check without a message of ours), by what the issue says.
  if (issue.code === 'too_small' && Number(issue.minimum) <= 1)
    return i18n._({ id: 'validation.required', message: 'Required' });
  if (issue.code === 'too_big' && issue.origin === 'string')
    return i18n._({
      id: 'validation.tooLong',
      message: 'Too big: expected string to have <={max} characters',
      values: { max: Number(issue.maximum) },
    });
  return i18n._({ id: 'validation.invalid', message: 'Not valid' });
}

/**
 * A `@mantine/form` validator from a shared schema, with every message in the active language
 * (in place of `schemaResolver`, which would show the schema's English).
 */
export function translatedResolver<T>(schema: z.ZodType<T>, i18n: I18n) {
  return (values: unknown): Record<string, string> => {
    const result = schema.safeParse(values);
    const errors: Record<string, string> = {};
    for (const issue of result.error?.issues ?? []) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= translateIssue(i18n, issue);
    }
    return errors;
  };
}
