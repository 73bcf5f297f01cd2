import type { I18n, MessageDescriptor } from '@lingui/core';

import type { AuditOutcome } from '../../../../shared/contract/audit';
import { allOf } from '../../../lib/all-of';

/** Readable names of the recorded actions; an action not listed shows its recorded name. */
// A map of action names (not object keys): the names are the vendor's Action spellings.
const ACTION_LABELS = new Map<string, MessageDescriptor>([
  ['SignIn', /*i18n*/ { id: 'audit.action.signIn', message: 'Sign in' }],
  ['SignOut', /*i18n*/ { id: 'audit.action.signOut', message: 'Sign out' }],
  ['CreateOTAModule', /*i18n*/ { id: 'audit.action.createModule', message: 'Create module' }],
  ['UpdateOTAModule', /*i18n*/ { id: 'audit.action.updateModule', message: 'Edit module' }],
  ['DeleteOTAModule', /*i18n*/ { id: 'audit.action.deleteModule', message: 'Delete module' }],
  [
    'CancelOTATaskByDevice',
    /*i18n*/ { id: 'audit.action.cancelTasks', message: 'Cancel upgrade tasks' },
  ],
  [
    'ImportDirectory',
    /*i18n*/ { id: 'audit.action.importDirectory', message: 'Import devices directory' },
  ],
]);

export function actionLabel(i18n: I18n, action: string): string {
  const label = ACTION_LABELS.get(action);
  return label ? i18n._(label) : action;
}

const OUTCOMES = {
  success: /*i18n*/ { id: 'audit.outcome.success', message: 'Success' },
  failure: /*i18n*/ { id: 'audit.outcome.failure', message: 'Failure' },
  denied: /*i18n*/ { id: 'audit.outcome.denied', message: 'Denied' },
} satisfies Record<AuditOutcome, MessageDescriptor>;
export const AUDIT_OUTCOMES = allOf<AuditOutcome>()(['success', 'failure', 'denied']);

export const outcomeLabel = (i18n: I18n, outcome: AuditOutcome): string =>
  i18n._(OUTCOMES[outcome]);

/** The Action filter's choices, by readable name. */
export function actionOptions(i18n: I18n, actions: readonly string[]) {
  return actions
    .map((action) => ({ value: action, label: actionLabel(i18n, action) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.locale));
}
