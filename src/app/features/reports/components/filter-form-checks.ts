import type { I18n } from '@lingui/core';

import { MAX_RANGE_DAYS, reportFiltersSchema } from '../../../../shared/contract/reports';
import { translateIssue } from '../../../i18n/console/validation';
import {
  type FilterFormValues,
  fromUtcInput,
  toFilters,
  unreadableTimes,
} from './filter-form-values';

// The filter form's checks: the contract's schema (zod) and its translated messages. The form
// loads this module when it is first used (report-filters.tsx), not with the report's figures.

/** A range the report cannot show, said on the start field (the same rules as the BFF's). */
function rangeError(i18n: I18n, values: FilterFormValues): string | undefined {
  if (values.range) return undefined;
  const from = fromUtcInput(values.from);
  const to = fromUtcInput(values.to);
  if (!from || !to) return undefined;
  const span = Date.parse(to) - Date.parse(from);
  if (span <= 0)
    return i18n._({ id: 'report.range.reversed', message: 'The start must be before the end' });
  if (span > MAX_RANGE_DAYS * 86_400_000)
    return i18n._({
      id: 'report.range.tooLong',
      message: 'The range can cover at most {max} days',
      values: { max: MAX_RANGE_DAYS },
    });
  return undefined;
}

/** The same rules as the BFF (one shared schema), reported on the form's fields in the active language. */
export function validateFilterForm(i18n: I18n, values: FilterFormValues): Record<string, string> {
  const errors = unreadableTimes(i18n, values);
  const range = rangeError(i18n, values);
  if (range) errors.from = range;
  const unreadable = Boolean(errors.from || errors.to);
  const result = reportFiltersSchema.safeParse(toFilters(values));
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'ids');
    if ((range || unreadable) && (field === 'from' || field === 'to')) continue;
    const target = field === 'ids' && values.by === 'source' ? 'productKey' : field;
    errors[target] ??= translateIssue(i18n, issue);
  }
  return errors;
}
