import { Alert, Anchor, Code, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';

import type { ReportReady } from '../../../../shared/contract/reports';

const LISTED = 20;

/** What the report could not cover: devices with no report terminal, and ids nobody knows. */
export function ReportDeviceNotes({ report }: { report: ReportReady }) {
  const { unmatched, unknownIds } = report;
  if (!unmatched && !unknownIds?.length) return null;
  return (
    <Stack gap="sm">
      {unmatched && (
        <Alert
          color="yellow"
          icon={<IconInfoCircle aria-hidden />}
          title={`${unmatched.count.toLocaleString()} ${unmatched.count === 1 ? 'device has' : 'devices have'} no report terminal`}
        >
          <Stack gap={6}>
            <Text size="sm">
              They are not in these figures. Map them in the{' '}
              <Anchor component={Link} to="/directory">
                devices directory
              </Anchor>
              .
            </Text>
            <Group gap={6}>
              {unmatched.devices.slice(0, LISTED).map((d) => (
                <Code key={`${d.productKey}/${d.deviceName}`}>{d.deviceName}</Code>
              ))}
              {unmatched.count > LISTED && (
                <Text size="sm" component="span">
                  and {(unmatched.count - LISTED).toLocaleString()} more
                </Text>
              )}
            </Group>
          </Stack>
        </Alert>
      )}
      {unknownIds && unknownIds.length > 0 && (
        <Alert
          color="yellow"
          icon={<IconInfoCircle aria-hidden />}
          title={`${unknownIds.length} unknown ${unknownIds.length === 1 ? 'id' : 'ids'}: reported on the others`}
        >
          <Group gap={6}>
            {unknownIds.map((id) => (
              <Code key={id}>{id}</Code>
            ))}
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
