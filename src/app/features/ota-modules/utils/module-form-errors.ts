import {
  otaModuleFieldForCode,
  type OtaModuleFormField,
} from '../../../../shared/contract/ota-modules';
import { ApiRequestError } from '../../../lib/api-client';

const FIELDS: readonly string[] = [
  'moduleName',
  'aliasName',
  'desc',
] satisfies OtaModuleFormField[];

/**
 * A server refusal as form field errors: by the refusal's code (ours or the upstream's), then by
 * the BFF's field errors. Each message carries the upstream RequestId. Null when no field fits, so
 * the caller shows the error beside the form instead.
 */
export function moduleFieldErrors(
  error: unknown,
): Partial<Record<OtaModuleFormField, string>> | null {
  if (!(error instanceof ApiRequestError)) return null;
  const suffix = error.requestId ? ` (RequestId ${error.requestId})` : '';
  const errors: Partial<Record<OtaModuleFormField, string>> = {};
  const byCode = otaModuleFieldForCode[error.code];
  if (byCode) errors[byCode] = `${error.message}${suffix}`;
  for (const [field, message] of Object.entries(error.fieldErrors ?? {})) {
    if (FIELDS.includes(field)) errors[field as OtaModuleFormField] ??= `${message}${suffix}`;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
