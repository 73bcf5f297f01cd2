import { Trans, useLingui } from '@lingui/react';
import { Alert, Anchor, Code, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';

import type { ReportReady } from '../../../../shared/contract/reports';
import { unmatchedDevicesPath } from '../../directory/utils/unmatched-link';
import { readReportSearch } from '../api/report-search';

/** One thing the report could not cover: what it is, what to do, and the ids it concerns. */
function DeviceNotice({
  title,
  ids,
  total = ids.length,
  children,
}: {
  title: string;
  ids: string[];
  /** How many there are in all, when `ids` names only the first. */
  total?: number;
  children?: ReactNode;
}) {
  const { i18n } = useLingui();
  return (
    <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} title={title}>
      <Stack gap={6}>
        {children && <Text size="sm">{children}</Text>}
        <Group gap={6}>
          {ids.map((id, i) => (
            // Two products may have devices of the same name.
            <Code key={`${i}:${id}`}>{id}</Code>
          ))}
          {total > ids.length && (
            <Text size="sm" component="span">
              {i18n._({
                id: 'report.andMore',
                message: 'and {count, number} more',
                values: { count: total - ids.length },
              })}
            </Text>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * What the report could not cover: devices with no report terminal (counted, the first named, all
 * listed in the devices directory for the report's set), and ids nobody knows.
 */
export function ReportDeviceNotes({ report }: { report: ReportReady }) {
  const { unmatched, unknownIds } = report;
  const { i18n } = useLingui();
  const [params] = useSearchParams();
  if (!unmatched && !unknownIds?.length) return null;
  const directoryLink = unmatchedDevicesPath(readReportSearch(params) ?? {});
  return (
    <Stack gap="sm">
      {unmatched && (
        <DeviceNotice
          title={i18n._({
            id: 'report.unmatched.title',
            message:
              '{count, plural, one {# device has no report terminal} other {# devices have no report terminal}}',
            values: { count: unmatched.count },
          })}
          ids={unmatched.devices.map((d) => d.deviceName)}
          total={unmatched.count}
        >
          <Trans
            id="report.unmatched.seeDirectory"
            message="They are not in these figures: <0>see the directory</0>, which lists them all and maps them."
            components={{ 0: <Anchor component={Link} to={directoryLink} /> }}
          />
        </DeviceNotice>
      )}
      {unknownIds && unknownIds.length > 0 && (
        <DeviceNotice
          title={i18n._({
            id: 'report.unknownIds',
            message:
              '{count, plural, one {# unknown id} other {# unknown ids}}: reported on the others',
            values: { count: unknownIds.length },
          })}
          ids={unknownIds}
        />
      )}
    </Stack>
  );
}
