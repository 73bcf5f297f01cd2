import { useLingui } from '@lingui/react';
import { Text } from '@mantine/core';

import type { PackageCount as Count } from '../api/ota-module-queries';
import classes from './ota-modules.module.css';

/** A module's update packages in its row: how many, or that it is not known (and why). */
export function PackageCount({ count }: { count: Count }) {
  const { i18n } = useLingui();
  if (count === 'loading')
    return (
      <Text size="sm" c="gray.7">
        {i18n._({ id: 'modules.packages.loading', message: 'Counting…' })}
      </Text>
    );
  if (count === 'unknown')
    return (
      <Text size="sm" c="gray.8">
        {i18n._({
          id: 'modules.packages.unknown',
          message: 'Unknown (the package list could not be read)',
        })}
      </Text>
    );
  // "1 个升级包" broke after "升级" in the narrow column.
  return (
    <Text size="sm" className={classes.nowrap}>
      {count === 0
        ? i18n._({ id: 'modules.packages.none', message: 'None' })
        : i18n._({
            id: 'modules.packages.count',
            message: '{count, plural, one {# package} other {# packages}}',
            values: { count },
          })}
    </Text>
  );
}
