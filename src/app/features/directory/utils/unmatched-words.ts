import type { I18n, MessageDescriptor } from '@lingui/core';

import type { UnmatchedSetKind } from '../../../../shared/contract/directory-unmatched';

const SET_NAMES: Record<UnmatchedSetKind, MessageDescriptor> = {
  product: /*i18n*/ { id: 'directory.unmatched.set.product', message: 'product {id}' },
  firmware: /*i18n*/ { id: 'directory.unmatched.set.firmware', message: 'firmware {id}' },
  job: /*i18n*/ { id: 'directory.unmatched.set.job', message: 'job {id}' },
};

/** "product a1FleetGw03", "job 8Kj2…": a report device set in the reader's language. */
export const unmatchedSetName = (i18n: I18n, set: { kind: UnmatchedSetKind; id: string }) =>
  i18n._(SET_NAMES[set.kind].id, { id: set.id }, { message: SET_NAMES[set.kind].message });
