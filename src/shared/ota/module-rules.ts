import { z } from 'zod';

/**
 * OTA module limits as documented for CreateOTAModule / UpdateOTAModule (seeds 001, 002).
 * Written once: the console form, the BFF and the emulator all enforce these.
 */
export const MODULE_NAME_MAX_LENGTH = 64;
export const MODULE_ALIAS_MAX_LENGTH = 64;
export const MODULE_DESC_MAX_LENGTH = 100;
export const MAX_CUSTOM_MODULES_PER_PRODUCT = 10;
export const DEFAULT_MODULE_NAME = 'default';
export const MODULE_NAME_PATTERN = /^[A-Za-z0-9._-]+$/;
/** Seed 001: "Chinese, English letters, digits, periods (.), dashes (-), and underscores (_)". */
export const MODULE_ALIAS_PATTERN = /^[\p{Script=Han}A-Za-z0-9._-]+$/u;

/** Whitespace anywhere inside a value (after trimming its ends) gets its own message. */
const HAS_SPACE = /\s/;

/** The platform's rules for ModuleName, applied as is (the emulator uses this). */
export const moduleNameSchema = z
  .string()
  .min(1, 'Module name is required')
  .max(MODULE_NAME_MAX_LENGTH, `Module name must be at most ${MODULE_NAME_MAX_LENGTH} characters`)
  .refine((value) => !HAS_SPACE.test(value.trim()), {
    message: 'Spaces are not allowed in a module name',
    abort: true,
  })
  .regex(
    MODULE_NAME_PATTERN,
    'Use only letters, digits, periods (.), hyphens (-) and underscores (_)',
  );

/** The platform's rules for AliasName (1–64 characters when given), applied as is. */
export const moduleAliasSchema = z
  .string()
  .min(1, 'Alias must not be empty')
  .max(MODULE_ALIAS_MAX_LENGTH, `Alias must be at most ${MODULE_ALIAS_MAX_LENGTH} characters`)
  .refine((value) => !HAS_SPACE.test(value.trim()), {
    message: 'Spaces are not allowed in an alias',
    abort: true,
  })
  .regex(
    MODULE_ALIAS_PATTERN,
    'Use only Chinese or English letters, digits, periods (.), hyphens (-) and underscores (_)',
  );

/**
 * What a person types or pastes: spaces around the name are dropped, then the platform's rules
 * apply. (The form and the BFF use this; the upstream never sees the spaces.)
 */
export const moduleNameInputSchema = z.string().trim().pipe(moduleNameSchema);

/**
 * AliasName is optional on the platform (seeds 001, 002): an empty or all-space alias is "none"
 * (''), anything else is trimmed and must follow the platform's rules.
 */
export const moduleAliasInputSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (value === '') return;
    const result = moduleAliasSchema.safeParse(value);
    for (const issue of result.error?.issues.slice(0, 1) ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message });
    }
  })
  .default('');

export const moduleDescSchema = z
  .string()
  .max(MODULE_DESC_MAX_LENGTH, `Description must be at most ${MODULE_DESC_MAX_LENGTH} characters`);

/** Module names are unique per product ignoring letter case ("scanner" clashes with "Scanner"). */
export function sameModuleName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function isDefaultModule(name: string): boolean {
  return sameModuleName(name, DEFAULT_MODULE_NAME);
}

/** Number of characters as a person counts them (code points, not UTF-16 units). */
export function characterCount(value: string): number {
  return [...value].length;
}
