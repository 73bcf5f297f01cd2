import { Trans, useLingui } from '@lingui/react';
import { Alert, Anchor, Code, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';

import type { ReportReady } from '../../../../shared/contract/reports';

const LISTED = 20;

/** What the report could not cover: devices with no report terminal, and ids nobody knows. */
export function ReportDeviceNotes({ report }: { report: ReportReady }) {
  const { unmatched, unknownIds } = report;
  const { i18n } = useLingui();
  if (!unmatched && !unknownIds?.length) return null;
  return (
    <Stack gap="sm">
      {unmatched && (
        <Alert
          color="yellow"
          icon={<IconInfoCircle aria-hidden />}
          title={i18n._({
            id: 'report.unmatched.title',
            message:
              '{count, plural, one {# device has no report terminal} other {# devices have no report terminal}}',
            values: { count: unmatched.count },
          })}
        >
          <Stack gap={6}>
            <Text size="sm">
              <Trans
                id="report.unmatched.notCounted"
                message="They are not in these figures. Map them in the <0>devices directory</0>."
                components={{ 0: <Anchor component={Link} to="/directory" /> }}
              />
            </Text>
            <Group gap={6}>
              {unmatched.devices.slice(0, LISTED).map((d) => (
                <Code key={`${d.productKey}/${d.deviceName}`}>{d.deviceName}</Code>
              ))}
              {unmatched.count > LISTED && (
                <Text size="sm" component="span">
                  {i18n._({
                    id: 'report.andMore',
                    message: 'and {count, number} more',
                    values: { count: unmatched.count - LISTED },
                  })}
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
          title={i18n._({
            id: 'report.unknownIds',
            message:
              '{count, plural, one {# unknown id} other {# unknown ids}}: reported on the others',
            values: { count: unknownIds.length },
          })}
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
