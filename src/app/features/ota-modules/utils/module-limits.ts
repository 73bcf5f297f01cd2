import type {
  MODULE_ALIAS_MAX_LENGTH as ALIAS_MAX,
  MODULE_DESC_MAX_LENGTH as DESC_MAX,
  MODULE_NAME_MAX_LENGTH as NAME_MAX,
} from '../../../../shared/ota/module-rules';

// The platform's module limits (shared/ota/module-rules, whose module holds zod schemas that the
// modules page loads only once someone uses the create form); the typecheck keeps them equal.
export const MODULE_NAME_MAX_LENGTH: typeof NAME_MAX = 64;
export const MODULE_ALIAS_MAX_LENGTH: typeof ALIAS_MAX = 64;
export const MODULE_DESC_MAX_LENGTH: typeof DESC_MAX = 100;

/** Number of characters as a person counts them (module-rules' characterCount). */
export const characterCount = (value: string): number => [...value].length;
