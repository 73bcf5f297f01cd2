import { useLingui } from '@lingui/react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

import type { ReportReady } from '../../../../shared/contract/reports';
import { useFormatTime } from '../../../lib/time/use-time-zone';
import { PlainSegmentedControl } from './plain-segmented-control';
import { PlainSwitch } from './plain-switch';
import { StatusDistribution } from './status-distribution';
import { StatusTimeline } from './status-timeline';

interface ReportOverviewProps {
  report: ReportReady;
  exportUrl: string;
  onCount: (count: 'latest' | 'all') => void;
  onBucket: (bucket: 'hour' | 'day') => void;
}

/** "Upgrade status": the distribution, the timeline and the CSV export of one report. */
export function ReportOverview({ report, exportUrl, onCount, onBucket }: ReportOverviewProps) {
  const { i18n } = useLingui();
  const formatTime = useFormatTime();
  const missing = report.devices - report.devicesWithRecords;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={2}>
                {i18n._({ id: 'report.statusHeading', message: 'Upgrade status' })}
              </Title>
              <Text size="sm">
                {report.count === 'latest'
                  ? i18n._({
                      id: 'report.latestOf',
                      message:
                        '{devices, plural, one {Latest status of # device} other {Latest status of # devices}}',
                      values: { devices: report.devicesWithRecords },
                    })
                  : i18n._({
                      id: 'report.recordsFrom',
                      message:
                        '{records, plural, one {# command record} other {# command records}} from {devices, plural, one {# device} other {# devices}}',
                      values: { records: report.records, devices: report.devicesWithRecords },
                    })}
                {missing > 0 &&
                  i18n._({
                    id: 'report.noRecordsFor',
                    message:
                      ' ({missing, plural, one {# chosen device has} other {# chosen devices have}} no records in the range)',
                    values: { missing },
                  })}
              </Text>
            </div>
            <Button
              component="a"
              href={exportUrl}
              download
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {i18n._({ id: 'report.exportCsv', message: 'Export CSV' })}
            </Button>
          </Group>
          <PlainSwitch
            label={i18n._({
              id: 'report.countAll',
              message: 'Count every command record (not only each device’s latest)',
            })}
            checked={report.count === 'all'}
            onChange={(event) => onCount(event.currentTarget.checked ? 'all' : 'latest')}
          />
          <StatusDistribution
            counts={report.counts}
            label={i18n._({ id: 'report.distribution', message: 'Status distribution' })}
          />
          <Text size="xs">
            {i18n._({
              id: 'report.rangeAndFigures',
              message: '{from} – {to} · figures of {generatedAt}',
              values: {
                from: formatTime(report.from),
                to: formatTime(report.to),
                generatedAt: formatTime(report.generatedAt),
              },
            })}
            {report.refreshing && i18n._({ id: 'report.refreshing', message: ' · refreshing…' })}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h4">
              {i18n._({ id: 'report.timeline', message: 'Timeline' })}
            </Title>
            <PlainSegmentedControl
              size="xs"
              aria-label={i18n._({ id: 'report.buckets', message: 'Timeline buckets' })}
              value={report.bucket}
              onChange={onBucket}
              data={[
                { value: 'hour', label: i18n._({ id: 'report.perHour', message: 'Per hour' }) },
                { value: 'day', label: i18n._({ id: 'report.perDay', message: 'Per day' }) },
              ]}
            />
          </Group>
          <StatusTimeline report={report} />
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
