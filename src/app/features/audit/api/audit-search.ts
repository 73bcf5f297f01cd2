import { integerParam, isoDateTimeParam, oneOfParam, textParam } from '../../../lib/search-params';
import { AUDIT_OUTCOMES } from '../utils/action-labels';

/** The audit trail's URL state: the fields of the contract's `auditQuerySchema` but pageSize. */
export const auditSearchShape = {
  user: textParam({ trim: true, max: 128 }),
  action: textParam({ trim: true, max: 128 }),
  outcome: oneOfParam(AUDIT_OUTCOMES),
  from: isoDateTimeParam(),
  to: isoDateTimeParam(),
  page: integerParam(1, 100_000, 1),
};
