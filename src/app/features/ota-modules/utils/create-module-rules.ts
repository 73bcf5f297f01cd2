import type { I18n } from '@lingui/core';

import { createOtaModuleFormSchema } from '../../../../shared/contract/ota-modules';
import { translatedResolver } from '../../../i18n/console/validation';

/** A refusal's field errors (the server's words): loaded with the rules, used after a submit. */
export { moduleFieldErrors } from './module-form-errors';

/** The create form's checks: the schema the BFF uses too, its messages in the active language. */
export const createModuleRules = (existingNames: string[], i18n: I18n) =>
  translatedResolver(createOtaModuleFormSchema(existingNames), i18n);
