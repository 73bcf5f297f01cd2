import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

import type { ReportReady } from '../../../../shared/contract/reports';
import { formatUtc } from '../../../lib/format';
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
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={2}>Upgrade status</Title>
              <Text size="sm">
                {report.count === 'latest'
                  ? `Latest status of ${report.devicesWithRecords.toLocaleString()} devices`
                  : `${report.records.toLocaleString()} command records from ${report.devicesWithRecords.toLocaleString()} devices`}
                {report.devices > report.devicesWithRecords &&
                  ` (${(report.devices - report.devicesWithRecords).toLocaleString()} chosen devices have no records in the range)`}
              </Text>
            </div>
            <Button
              component="a"
              href={exportUrl}
              download
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Export CSV
            </Button>
          </Group>
          <Switch
            label="Count every command record (not only each device’s latest)"
            checked={report.count === 'all'}
            onChange={(event) => onCount(event.currentTarget.checked ? 'all' : 'latest')}
          />
          <StatusDistribution counts={report.counts} />
          <Text size="xs">
            {formatUtc(report.from)} – {formatUtc(report.to)} · figures of{' '}
            {formatUtc(report.generatedAt)}
            {report.refreshing && ' · refreshing…'}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h4">
              Timeline
            </Title>
            <SegmentedControl
              size="xs"
              aria-label="Timeline buckets"
              value={report.bucket}
              onChange={(value) => onBucket(value as 'hour' | 'day')}
              data={[
                { value: 'hour', label: 'Per hour' },
                { value: 'day', label: 'Per day' },
              ]}
            />
          </Group>
          <StatusTimeline report={report} />
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
