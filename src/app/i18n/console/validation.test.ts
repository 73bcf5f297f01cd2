import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import {
  createOtaModuleFormSchema,
  updateOtaModuleFormSchema,
} from '../../../shared/contract/ota-modules';
import { reportFiltersSchema } from '../../../shared/contract/reports';
import { cancelUpgradeFormSchema } from '../../../shared/contract/upgrade-tasks';
import { knowsValidationMessage, translatedResolver, translateIssue } from './validation';

const long = (n: number) => 'x'.repeat(n);

/** Bad input for every form that validates with a shared schema. */
const cases: [z.ZodType, unknown][] = [
  ...['', ' ', 'a b', long(65), 'bad!', 'Taken'].map(
    (moduleName) =>
      [createOtaModuleFormSchema(['taken']), { moduleName, aliasName: '', desc: '' }] as [
        z.ZodType,
        unknown,
      ],
  ),
  ...['a b', long(65), 'bad!'].map(
    (aliasName) =>
      [createOtaModuleFormSchema([]), { moduleName: 'ok', aliasName, desc: long(101) }] as [
        z.ZodType,
        unknown,
      ],
  ),
  [updateOtaModuleFormSchema('old'), { aliasName: '', desc: '' }],
  ...['', 'ab', long(33), 'bad!name', 'bad! worse!', ' '].map(
    (devices) =>
      [cancelUpgradeFormSchema, { firmwareId: '', devices, jobId: '' }] as [z.ZodType, unknown],
  ),
  [cancelUpgradeFormSchema, { firmwareId: 'f', devices: long(6).repeat(1), jobId: '' }],
  [reportFiltersSchema, {}],
  [reportFiltersSchema, { ids: 'bad! ids', range: '7d' }],
  [
    reportFiltersSchema,
    { ids: Array.from({ length: 251 }, (_, i) => `d${i}`).join(' '), range: '7d' },
  ],
  [
    reportFiltersSchema,
    { productKey: 'p', from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' },
  ],
  [
    reportFiltersSchema,
    { productKey: 'p', from: '2026-01-01T00:00:00Z', to: '2026-12-01T00:00:00Z' },
  ],
];

function issues() {
  return cases.flatMap(([schema, value]) => schema.safeParse(value).error?.issues ?? []);
}

describe('validation messages of the shared schemas', () => {
  it('knows every custom message the forms can show', () => {
    const all = issues();
    expect(all.length).toBeGreaterThan(15);
    const custom = all.filter((issue) => !issue.message.startsWith('Too big: expected'));
    expect(
      custom.filter((issue) => !knowsValidationMessage(issue.message)).map((i) => i.message),
    ).toEqual([]);
  });

  it('keeps the English as the schema says it', () => {
    for (const issue of issues()) expect(translateIssue(i18n, issue)).toBe(issue.message);
  });

  it('says each in Chinese', () => {
    i18n.activate('zh-CN');
    for (const issue of issues()) {
      const text = translateIssue(i18n, issue);
      expect(text, issue.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives @mantine/form its errors by field path, in the active language', () => {
    const validate = translatedResolver(createOtaModuleFormSchema(['taken']), i18n);
    expect(validate({ moduleName: 'TAKEN', aliasName: '', desc: '' })).toEqual({
      moduleName: 'A module with this name already exists (names ignore letter case)',
    });
    i18n.activate('zh-CN');
    expect(validate({ moduleName: '', aliasName: 'a b', desc: '' })).toEqual({
      moduleName: '请输入模块名称',
      aliasName: '别名中不能包含空格',
    });
    expect(
      translatedResolver(
        cancelUpgradeFormSchema,
        i18n,
      )({
        firmwareId: 'f',
        devices: 'ok-device x! y!',
        jobId: '',
      }),
    ).toEqual({ devices: '不是有效的设备名称：“x!”：少于 4 个字符（另有 1 个）' });
  });
});
