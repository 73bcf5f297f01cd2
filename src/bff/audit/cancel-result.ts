import type { AuditCancelResult } from '../../shared/contract/audit';
import type { CancelResult } from '../../shared/contract/upgrade-tasks';

/**
 * A cancel's per-device outcome for its audit entry: the counts and every device by outcome (the
 * request body keeps only the first 100 names; this list is complete, up to the 5,000 a cancel takes).
 */
export function cancelAuditResult(result: CancelResult): AuditCancelResult {
  const devices: AuditCancelResult['devices'] = { cancelled: [], notCancellable: [], failed: [] };
  for (const item of result.items) devices[item.outcome].push(item.deviceName);
  return {
    counts: {
      cancelled: devices.cancelled.length,
      notCancellable: devices.notCancellable.length,
      failed: devices.failed.length,
    },
    devices,
  };
}
