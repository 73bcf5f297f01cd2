import { z } from 'zod';

import {
  moduleAliasInputSchema,
  moduleDescSchema,
  moduleNameInputSchema,
  moduleNameSchema,
  sameModuleName,
} from '../ota/module-rules';
import { bffErrorCodes } from './api-error';
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

/**
 * How many update packages (firmware) each module of a product has: the platform refuses to
 * delete a module that still has some. Read from the product's package list (ListOTAFirmware,
 * which names each package's module); modules without packages are left out.
 */
export const modulePackagesSchema = z.object({
  items: z.array(z.object({ moduleName: z.string(), packages: z.number().int().min(1) })),
});
export type ModulePackages = z.infer<typeof modulePackagesSchema>;

/** Name and alias are trimmed; the alias is optional ('' = none), as on the platform. */
export const createOtaModuleInputSchema = z.object({
  moduleName: moduleNameInputSchema,
  aliasName: moduleAliasInputSchema,
  desc: moduleDescSchema.default(''),
});
export type CreateOtaModuleInput = z.input<typeof createOtaModuleInputSchema>;

/** The create form's schema: the shared rules plus "not taken by an existing module". */
export function createOtaModuleFormSchema(existingNames: readonly string[]) {
  return createOtaModuleInputSchema.extend({
    moduleName: moduleNameInputSchema.refine(
      (name) => !existingNames.some((existing) => sameModuleName(existing, name)),
      'A module with this name already exists (names ignore letter case)',
    ),
  });
}

/** An empty alias leaves the current one as it is: the platform has no way to remove an alias. */
export const updateOtaModuleInputSchema = z.object({
  aliasName: moduleAliasInputSchema,
  desc: moduleDescSchema.default(''),
});
export type UpdateOtaModuleInput = z.input<typeof updateOtaModuleInputSchema>;

/** The edit form's schema: an alias once set can be changed but not emptied. */
export function updateOtaModuleFormSchema(currentAlias: string) {
  return updateOtaModuleInputSchema.extend({
    aliasName: moduleAliasInputSchema.refine(
      (alias) => alias !== '' || currentAlias === '',
      'The platform cannot remove an alias once set; change it instead',
    ),
  });
}

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
  nameTaken: bffErrorCodes.moduleNameTaken,
  limitReached: bffErrorCodes.moduleLimitReached,
  defaultModule: bffErrorCodes.defaultModuleImmutable,
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
