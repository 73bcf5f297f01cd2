import type { z } from 'zod';

import {
  moduleAliasSchema,
  moduleDescSchema,
  moduleNameSchema,
} from '../../shared/ota/module-rules';
import { business, type BusinessError } from '../rpc/errors';
import type { Params } from './params';

function check<T>(schema: z.ZodType<T>, value: string, fail: (detail: string) => BusinessError): T {
  const result = schema.safeParse(value);
  if (!result.success) throw fail(result.error.issues[0]?.message ?? 'Invalid value');
  return result.data;
}

export function moduleNameParam(params: Params): string {
  return check(moduleNameSchema, params.get('ModuleName') ?? '', business.invalidModuleName);
}

/** Optional on create and update; an empty value counts as absent. */
export function aliasParam(params: Params): string | undefined {
  const value = params.optional('AliasName');
  return value === undefined
    ? undefined
    : check(moduleAliasSchema, value, business.invalidAliasName);
}

/** Optional; an empty Desc is a valid (empty) description. */
export function descParam(params: Params): string | undefined {
  const value = params.get('Desc');
  return value === undefined
    ? undefined
    : check(moduleDescSchema, value, business.invalidModuleDesc);
}
