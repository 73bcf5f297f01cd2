import { describe, expect, it } from 'vitest';

import {
  createOtaModuleFormSchema,
  createOtaModuleInputSchema,
  otaModuleParamsSchema,
  updateOtaModuleFormSchema,
  updateOtaModuleInputSchema,
} from '../contract/ota-modules';
import {
  characterCount,
  isDefaultModule,
  moduleAliasInputSchema,
  moduleAliasSchema,
  moduleDescSchema,
  moduleNameInputSchema,
  moduleNameSchema,
  sameModuleName,
} from './module-rules';

const ALLOWED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-';

const valid = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('module name', () => {
  it('accepts 64 characters and refuses 65', () => {
    expect(valid(moduleNameSchema, 'a'.repeat(64))).toBe(true);
    expect(valid(moduleNameSchema, 'a'.repeat(65))).toBe(false);
    expect(moduleNameSchema.safeParse('a'.repeat(65)).error?.issues[0]?.message).toMatch(
      /at most 64/,
    );
  });

  it('accepts one character', () => {
    expect(valid(moduleNameSchema, 'x')).toBe(true);
  });

  it.each(ALLOWED.split(''))('accepts the allowed character %j', (char) => {
    expect(valid(moduleNameSchema, char)).toBe(true);
    expect(valid(moduleNameSchema, `a${char}b`)).toBe(true);
  });

  it('accepts every allowed character together (in 64-character pieces)', () => {
    expect(ALLOWED).toHaveLength(65);
    expect(valid(moduleNameSchema, ALLOWED.slice(0, 64))).toBe(true);
    expect(valid(moduleNameSchema, ALLOWED.slice(1))).toBe(true);
    expect(valid(moduleNameSchema, ALLOWED)).toBe(false);
  });

  const forbidden = [
    ' ',
    '\t',
    '\n',
    '/',
    '\\',
    '@',
    '#',
    '$',
    '%',
    '+',
    '=',
    ':',
    ';',
    ',',
    '!',
    '?',
    '*',
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    '<',
    '>',
    '"',
    "'",
    '`',
    '~',
    '^',
    '&',
    '|',
  ];
  it.each(forbidden)('refuses the character %j', (char) => {
    expect(valid(moduleNameSchema, char)).toBe(false);
    expect(valid(moduleNameSchema, `ble${char}2`)).toBe(false);
  });

  it('refuses a trailing newline (the pattern anchors at the very end)', () => {
    expect(valid(moduleNameSchema, 'ble\n')).toBe(false);
  });

  it.each([
    ['accented Latin', 'modülé'],
    ['German sharp s', 'straße'],
    ['Chinese', '蓝牙模块'],
    ['Cyrillic look-alike', 'blе'], // the "е" is U+0435
    ['full-width letters', 'ＢＬＥ'],
    ['Kelvin sign (lower-cases to k)', '\u212A'],
    ['zero-width space', 'ble\u200B'],
    ['emoji', 'ble📡'],
  ])('refuses unicode: %s', (_label, name) => {
    expect(valid(moduleNameSchema, name)).toBe(false);
  });

  it('refuses an empty name as required', () => {
    expect(moduleNameSchema.safeParse('').error?.issues[0]?.message).toBe(
      'Module name is required',
    );
  });

  it.each([' ', '   ', '\t', ' \n '])('refuses whitespace only (%j)', (name) => {
    expect(valid(moduleNameSchema, name)).toBe(false);
  });

  it('as the platform sees it, refuses surrounding whitespace (the emulator never trims)', () => {
    expect(valid(moduleNameSchema, ' ble')).toBe(false);
    expect(valid(moduleNameSchema, 'ble ')).toBe(false);
  });
});

describe('spaces typed or pasted into a name or alias', () => {
  it.each([' ble', 'ble ', '  ble\t', '\u00a0ble '])('trims %j from a name', (typed) => {
    expect(moduleNameInputSchema.parse(typed)).toBe('ble');
  });

  it.each([' Scanner', 'Scanner  ', '\tScanner\n'])('trims %j from an alias', (typed) => {
    expect(moduleAliasInputSchema.parse(typed)).toBe('Scanner');
  });

  it('says that spaces are not allowed when one sits inside a name', () => {
    expect(moduleNameInputSchema.safeParse(' two words ').error?.issues[0]?.message).toBe(
      'Spaces are not allowed in a module name',
    );
    expect(moduleNameSchema.safeParse('tab\tinside').error?.issues).toEqual([
      expect.objectContaining({ message: 'Spaces are not allowed in a module name' }),
    ]);
  });

  it('says that spaces are not allowed when one sits inside an alias', () => {
    expect(moduleAliasInputSchema.safeParse('Bar code ').error?.issues[0]?.message).toBe(
      'Spaces are not allowed in an alias',
    );
  });

  it('a name of spaces only is an empty name', () => {
    expect(moduleNameInputSchema.safeParse('   ').error?.issues[0]?.message).toBe(
      'Module name is required',
    );
  });

  it('the create and update inputs send the trimmed values', () => {
    expect(
      createOtaModuleInputSchema.parse({ moduleName: ' ble ', aliasName: ' BLE ', desc: '' }),
    ).toEqual({ moduleName: 'ble', aliasName: 'BLE', desc: '' });
    expect(updateOtaModuleInputSchema.parse({ aliasName: '  BLE' }).aliasName).toBe('BLE');
  });
});

describe('duplicates ignore letter case', () => {
  it.each([
    ['scanner', 'Scanner'],
    ['BLE', 'ble'],
    ['Power.Mgmt', 'power.mgmt'],
    ['default', 'DEFAULT'],
  ])('%s and %s are the same name', (a, b) => {
    expect(sameModuleName(a, b)).toBe(true);
  });

  it('tells different names apart', () => {
    expect(sameModuleName('ble', 'ble2')).toBe(false);
    expect(sameModuleName('can-bus', 'can_bus')).toBe(false);
  });

  it('marks the default module in any case', () => {
    expect(isDefaultModule('default')).toBe(true);
    expect(isDefaultModule('Default')).toBe(true);
    expect(isDefaultModule('defaults')).toBe(false);
  });

  it('the form schema refuses an existing name in any letter case, and accepts a new one', () => {
    const schema = createOtaModuleFormSchema(['default', 'ble', 'Power.Mgmt']);
    const result = schema.safeParse({ moduleName: 'BLE', aliasName: 'x', desc: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['moduleName'],
      message: expect.stringMatching(/already exists/),
    });
    expect(schema.safeParse({ moduleName: 'power.MGMT', aliasName: 'x' }).success).toBe(false);
    expect(schema.safeParse({ moduleName: 'Default', aliasName: 'x' }).success).toBe(false);
    expect(schema.safeParse({ moduleName: 'ble2', aliasName: 'x' }).success).toBe(true);
  });

  it('the form schema still applies the shared rules', () => {
    const schema = createOtaModuleFormSchema([]);
    expect(schema.safeParse({ moduleName: 'a'.repeat(65), aliasName: 'x' }).success).toBe(false);
    expect(schema.safeParse({ moduleName: 'a b', aliasName: 'x' }).success).toBe(false);
  });
});

describe('alias', () => {
  it('accepts 1 to 64 characters', () => {
    expect(valid(moduleAliasSchema, 'A')).toBe(true);
    expect(valid(moduleAliasSchema, 'A'.repeat(64))).toBe(true);
    expect(valid(moduleAliasSchema, 'A'.repeat(65))).toBe(false);
  });

  it('as the platform sees it, is 1–64 characters when given and never whitespace only', () => {
    expect(valid(moduleAliasSchema, '')).toBe(false);
    expect(valid(moduleAliasSchema, '   ')).toBe(false);
    expect(valid(moduleAliasSchema, '\t\n')).toBe(false);
  });

  it('is optional in the create and update inputs (seeds 001, 002): empty or left out is none', () => {
    expect(createOtaModuleInputSchema.parse({ moduleName: 'ble' }).aliasName).toBe('');
    expect(createOtaModuleInputSchema.parse({ moduleName: 'ble', aliasName: '' }).aliasName).toBe(
      '',
    );
    expect(createOtaModuleInputSchema.parse({ moduleName: 'ble', aliasName: '  ' }).aliasName).toBe(
      '',
    );
    expect(updateOtaModuleInputSchema.parse({ desc: 'x' }).aliasName).toBe('');
    expect(
      createOtaModuleFormSchema([]).safeParse({ moduleName: 'ble', aliasName: '' }).success,
    ).toBe(true);
  });

  it('once set, the edit form refuses to empty it (the platform cannot remove one)', () => {
    expect(
      updateOtaModuleFormSchema('BLE').safeParse({ aliasName: '' }).error?.issues[0],
    ).toMatchObject({
      path: ['aliasName'],
      message: expect.stringMatching(/cannot remove an alias/),
    });
    expect(updateOtaModuleFormSchema('').safeParse({ aliasName: '' }).success).toBe(true);
    expect(
      updateOtaModuleFormSchema('BLE').safeParse({ aliasName: ' Scan ' }).data?.aliasName,
    ).toBe('Scan');
  });

  it('accepts Chinese (as the Tuya-hosted docs allow), 64 characters but not 65', () => {
    expect(valid(moduleAliasSchema, '蓝牙模块')).toBe(true);
    expect(valid(moduleAliasSchema, '模'.repeat(64))).toBe(true);
    expect(valid(moduleAliasSchema, '模'.repeat(65))).toBe(false);
  });

  it('accepts the documented characters: letters, digits, . - _', () => {
    expect(valid(moduleAliasSchema, 'Barcode_scanner-2.1')).toBe(true);
    expect(valid(moduleAliasSchema, 'BLE模块-2')).toBe(true);
  });

  it.each(['two words', '<b>x</b>', 'ü', 'a\u0000b', 'ab\u202ecd', 'emoji😀', 'a/b', 'Привет'])(
    'refuses %j',
    (alias) => {
      expect(valid(moduleAliasSchema, alias)).toBe(false);
    },
  );
});

describe('description', () => {
  it('accepts empty and up to 100 characters, not 101', () => {
    expect(valid(moduleDescSchema, '')).toBe(true);
    expect(valid(moduleDescSchema, 'd'.repeat(100))).toBe(true);
    expect(valid(moduleDescSchema, 'd'.repeat(101))).toBe(false);
  });

  it('defaults to empty when the create or update input leaves it out', () => {
    expect(createOtaModuleInputSchema.parse({ moduleName: 'ble', aliasName: 'BLE' }).desc).toBe('');
    expect(updateOtaModuleInputSchema.parse({ aliasName: 'BLE' }).desc).toBe('');
  });
});

describe('route parameters', () => {
  it('validate the product key and the module name', () => {
    expect(
      valid(otaModuleParamsSchema, { productKey: 'a1AssetTrk1', moduleName: 'power.mgmt' }),
    ).toBe(true);
    expect(
      valid(otaModuleParamsSchema, { productKey: 'a1AssetTrk1', moduleName: 'a'.repeat(65) }),
    ).toBe(false);
    expect(valid(otaModuleParamsSchema, { productKey: 'bad key', moduleName: 'ble' })).toBe(false);
  });
});

describe('characterCount', () => {
  it('counts what a person sees as characters', () => {
    expect(characterCount('')).toBe(0);
    expect(characterCount('ble')).toBe(3);
    expect(characterCount('蓝牙')).toBe(2);
    expect(characterCount('📡')).toBe(1);
  });
});
