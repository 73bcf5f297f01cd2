import { useLingui } from '@lingui/react';
import { Select } from '@mantine/core';

import type { UnmatchedSet } from '../../../../shared/contract/directory-unmatched';
import { type NamedSet, unmatchedSetParam } from '../utils/unmatched-link';
import { unmatchedSetName } from '../utils/unmatched-words';

const ALL = 'all';

/**
 * Which set's devices without a terminal to list: every set, or one product, firmware or job (those
 * that have some, with their count; the address's own set even when it has none).
 */
export function UnmatchedSetSelect({
  sets,
  current,
  onChange,
}: {
  sets: UnmatchedSet[];
  current: NamedSet | null;
  /** The set's address parameter (`product:KEY`…), null for every set. */
  onChange: (value: string | null) => void;
}) {
  const { i18n } = useLingui();
  const currentValue = current && unmatchedSetParam(current);
  const options = sets.map((s) => ({
    value: unmatchedSetParam(s),
    label: i18n._({
      id: 'directory.unmatched.setOption',
      message: '{set}: {count, number}',
      values: { set: unmatchedSetName(i18n, s), count: s.count },
    }),
  }));
  if (current && currentValue && !options.some((o) => o.value === currentValue))
    options.unshift({ value: currentValue, label: unmatchedSetName(i18n, current) });
  return (
    <Select
      label={i18n._({ id: 'directory.unmatched.of', message: 'Devices of' })}
      data={[
        {
          value: ALL,
          label: i18n._({
            id: 'directory.unmatched.allSets',
            message: 'every product, firmware and job reported on',
          }),
        },
        ...options,
      ]}
      value={currentValue ?? ALL}
      onChange={(value) => onChange(!value || value === ALL ? null : value)}
      allowDeselect={false}
      w={420}
    />
  );
}
