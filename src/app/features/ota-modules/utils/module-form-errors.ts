import type { I18n } from '@lingui/core';

import {
  otaModuleFieldForCode,
  type OtaModuleFormField,
} from '../../../../shared/contract/ota-modules';
import { translateValidationMessage } from '../../../i18n/console/validation';
import { errorMessage } from '../../../i18n/error-messages';
import { ApiRequestError } from '../../../lib/api-client';

const FIELDS: readonly string[] = [
  'moduleName',
  'aliasName',
  'desc',
] satisfies OtaModuleFormField[];

/**
 * A server refusal as form field errors, in the active language: by the refusal's code (ours or
 * the upstream's), then by the BFF's field errors (the shared schema's messages). Each message
 * carries the upstream RequestId. Null when no field fits, so the caller shows the error beside
 * the form instead.
 */
export function moduleFieldErrors(
  i18n: I18n,
  error: unknown,
): Partial<Record<OtaModuleFormField, string>> | null {
  if (!(error instanceof ApiRequestError)) return null;
  const suffix = error.requestId
    ? i18n._({
        id: 'error.requestIdSuffix',
        message: ' (RequestId {requestId})',
        values: { requestId: error.requestId },
      })
    : '';
  const errors: Partial<Record<OtaModuleFormField, string>> = {};
  const byCode = otaModuleFieldForCode[error.code];
  if (byCode) errors[byCode] = `${errorMessage(i18n, error)}${suffix}`;
  for (const [field, message] of Object.entries(error.fieldErrors ?? {})) {
    if (!FIELDS.includes(field)) continue;
    const text = translateValidationMessage(i18n, message) ?? message;
    errors[field as OtaModuleFormField] ??= `${text}${suffix}`;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
