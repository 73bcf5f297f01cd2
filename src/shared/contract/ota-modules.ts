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

/** What a create, update or delete answers: the module it touched and the upstream RequestId. */
export const otaModuleWriteResultSchema = z.object({
  productKey: z.string(),
  moduleName: z.string(),
  requestId: z.string().optional(),
});
export type OtaModuleWriteResult = z.infer<typeof otaModuleWriteResultSchema>;

/** Codes the BFF answers itself for module writes (upstream codes pass through unchanged). */
export const otaModuleErrorCodes = {
  nameTaken: 'ModuleNameTaken',
  limitReached: 'ModuleLimitReached',
  defaultModule: 'DefaultModuleImmutable',
} as const;

export type OtaModuleFormField = 'moduleName' | 'aliasName' | 'desc';

/**
 * The one mapping of refusal codes (ours and the upstream's) to the form field they concern.
 * The `iot.ota.*` codes are the emulator's synthetic ones (reference §6.2: the cloud's are unpublished).
 */
export const otaModuleFieldForCode: Readonly<Record<string, OtaModuleFormField>> = {
  [otaModuleErrorCodes.nameTaken]: 'moduleName',
  'iot.ota.ModuleNameAlreadyExists': 'moduleName',
  'iot.ota.InvalidFormattedModuleName': 'moduleName',
  'iot.ota.InvalidFormattedAliasName': 'aliasName',
  'iot.ota.InvalidFormattedModuleDesc': 'desc',
};
