import { useLingui } from '@lingui/react';
import { Text } from '@mantine/core';

import { formatTime } from '../../../lib/time/format-time';
import { useTimeZone } from '../../../lib/time/use-time-zone';
import { fromUtcInput } from './filter-form-values';

/** The UTC input's time in the zone the user chose to see times in (nothing to add for UTC). */
export function LocalTime({ value }: { value: string }) {
  const { i18n } = useLingui();
  const { zone } = useTimeZone();
  const iso = fromUtcInput(value);
  return (
    <Text size="xs" mt={4} aria-live="polite">
      {iso && zone !== 'UTC'
        ? i18n._({
            id: 'report.range.inYourZone',
            message: 'Your time: {time}',
            values: { time: formatTime(iso, zone, { seconds: false }) },
          })
        : ' '}
    </Text>
  );
}
