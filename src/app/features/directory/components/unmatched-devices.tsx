import { useLingui } from '@lingui/react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

import { PageLoader } from '../../../components/page-loader';
import { Pager } from '../../../components/pager';
import { QueryError } from '../../../components/query-error';
import { Table } from '../../../components/table';
import { useSearchState } from '../../../hooks/use-search-state';
import { useFormatTime } from '../../../lib/time/use-time-zone';
import { useUnmatchedDevices } from '../api/unmatched-queries';
import {
  UNMATCHED_SECTION_ID,
  unmatchedSearchShape,
  unmatchedSetQuery,
} from '../utils/unmatched-link';
import { unmatchedSetName } from '../utils/unmatched-words';
import { UnmatchedSetSelect } from './unmatched-set-select';

const PAGE_SIZE = 50;

/**
 * Every device of a reported product, firmware or job that had no report terminal when the set's
 * devices were last read: by device name, a page at a time, the set and page in the URL.
 */
export function UnmatchedDevices() {
  const { i18n } = useLingui();
  const formatTime = useFormatTime();
  const [{ unmatched: set, unmatchedPage: page }, update] = useSearchState(unmatchedSearchShape);
  const list = useUnmatchedDevices({
    ...(set ? unmatchedSetQuery(set) : {}),
    page,
    pageSize: PAGE_SIZE,
  });
  useScrollIntoViewOnArrival(Boolean(list.data));

  const title = i18n._({
    id: 'directory.unmatched.title',
    message: 'Devices without a report terminal',
  });
  const data = list.data;
  const setName = set && unmatchedSetName(i18n, set);
  return (
    <Stack id={UNMATCHED_SECTION_ID}>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Group justify="space-between" align="end">
        <UnmatchedSetSelect
          sets={data?.sets ?? []}
          current={set ?? null}
          onChange={(value) => update({ unmatched: value, unmatchedPage: null })}
        />
        {data && (data.total > 0 || !set || data.set?.notedAt) && (
          <Text size="sm" role="status">
            {i18n._({
              id: 'directory.unmatched.count',
              message:
                '{count, plural, one {# device has no report terminal} other {# devices have no report terminal}}',
              values: { count: data.total },
            })}
            {data.set?.notedAt &&
              i18n._({
                id: 'directory.unmatched.asOf',
                message: ' (devices of {set} read {time})',
                values: { set: setName, time: formatTime(data.set.notedAt) },
              })}
          </Text>
        )}
      </Group>
      {list.isPending && <PageLoader />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {data && data.total === 0 && (
        <Text>
          {!setName
            ? i18n._({
                id: 'directory.unmatched.noneAnywhere',
                message: 'Every device reported on has a report terminal.',
              })
            : data.set?.notedAt
              ? i18n._({
                  id: 'directory.unmatched.noneInSet',
                  message: 'Every device of {set} has a report terminal.',
                  values: { set: setName },
                })
              : i18n._({
                  id: 'directory.unmatched.notRead',
                  message:
                    'The devices of {set} have not been read yet: open its upgrade report first.',
                  values: { set: setName },
                })}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <Table striped aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                {i18n._({ id: 'directory.col.deviceName', message: 'Device name' })}
              </Table.Th>
              <Table.Th>
                {i18n._({ id: 'directory.col.productKey', message: 'ProductKey' })}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((d) => (
              <Table.Tr key={`${d.productKey}/${d.deviceName}`}>
                <Table.Td>{d.deviceName}</Table.Td>
                <Table.Td>{d.productKey}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data && data.total > PAGE_SIZE && (
        <Pager
          namePages
          total={Math.ceil(data.total / PAGE_SIZE)}
          value={page}
          onChange={(next) => update({ unmatchedPage: next })}
        />
      )}
    </Stack>
  );
}

/** A link to the list (`#devices-without-terminal`) scrolls to it once it has loaded. */
function useScrollIntoViewOnArrival(loaded: boolean) {
  const { hash } = useLocation();
  const done = useRef(false);
  useEffect(() => {
    if (!loaded || done.current || hash !== `#${UNMATCHED_SECTION_ID}`) return;
    done.current = true;
    document.getElementById(UNMATCHED_SECTION_ID)?.scrollIntoView?.({ block: 'start' });
  }, [loaded, hash]);
}
