import { z } from 'zod';

import {
  moduleAliasSchema,
  moduleDescSchema,
  moduleNameSchema,
  sameModuleName,
} from '../ota/module-rules';
import { productKeySchema } from './products';

export const otaModuleSchema = z.object({
  productKey: z.string(),
  moduleName: z.string(),
  aliasName: z.string(),
  desc: z.string(),
  gmtCreate: z.string().nullable(),
  gmtModified: z.string().nullable(),
  isDefault: z.boolean(),
});
export type OtaModule = z.infer<typeof otaModuleSchema>;

export const otaModuleListSchema = z.object({
  items: z.array(otaModuleSchema),
  customCount: z.number().int(),
  customLimit: z.number().int(),
});
export type OtaModuleList = z.infer<typeof otaModuleListSchema>;

export const createOtaModuleInputSchema = z.object({
  moduleName: moduleNameSchema,
  aliasName: moduleAliasSchema,
  desc: moduleDescSchema.default(''),
});
export type CreateOtaModuleInput = z.input<typeof createOtaModuleInputSchema>;

/** The create form's schema: the shared rules plus "not taken by an existing module". */
export function createOtaModuleFormSchema(existingNames: readonly string[]) {
  return createOtaModuleInputSchema.extend({
    moduleName: moduleNameSchema.refine(
      (name) => !existingNames.some((existing) => sameModuleName(existing, name)),
      'A module with this name already exists (names ignore letter case)',
    ),
  });
}

export const updateOtaModuleInputSchema = z.object({
  aliasName: moduleAliasSchema,
  desc: moduleDescSchema.default(''),
});
export type UpdateOtaModuleInput = z.input<typeof updateOtaModuleInputSchema>;

export const otaModuleParamsSchema = z.object({
  productKey: productKeySchema,
  moduleName: moduleNameSchema,
});
