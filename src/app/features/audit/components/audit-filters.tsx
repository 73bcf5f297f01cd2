import { useLingui } from '@lingui/react';
import { Button, Group, TextInput } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';

import type { AuditFilter } from '../../../../shared/contract/audit';
import { LazySelect } from '../../../components/lazy-select';
import { TypedTimeInput } from '../../../components/typed-time-input';
import { zoneLabel } from '../../../lib/time/format-time';
import { useTimeZone } from '../../../lib/time/use-time-zone';
import { isoToZonedInput, zonedInputToIso } from '../../../lib/time/zoned-input';
import { useAuditActions } from '../api/audit-queries';
import { actionOptions, AUDIT_OUTCOMES, outcomeLabel } from '../utils/action-labels';

export function AuditFilters({
  value,
  onChange,
}: {
  value: AuditFilter;
  onChange: (next: AuditFilter) => void;
}) {
  const [user, setUser] = useState(value.user ?? '');
  const [action, setAction] = useState(value.action ?? '');
  const [outcome, setOutcome] = useState<string>(value.outcome ?? '');
  // From and To are typed in the zone the user sees times in (UTC or the browser's).
  const { zone } = useTimeZone();
  const [from, setFrom] = useState(isoToZonedInput(value.from, zone));
  const [to, setTo] = useState(isoToZonedInput(value.to, zone));
  const [shownZone, setShownZone] = useState(zone);
  if (shownZone !== zone) {
    // The setting changed (or arrived): show the same instants in the new zone.
    setShownZone(zone);
    setFrom(isoToZonedInput(zonedInputToIso(from, shownZone), zone));
    setTo(isoToZonedInput(zonedInputToIso(to, shownZone), zone));
  }
  const { i18n } = useLingui();
  const zoneHint = i18n._({
    id: 'audit.filter.zoneHint',
    message: 'In {zone}',
    values: { zone: zoneLabel(zone) },
  });
  const recorded = useAuditActions();
  const actions = useMemo(() => {
    const names = recorded.data?.items ?? [];
    // A filter from a link stays choosable even before (or without) the list.
    const all = action && !names.includes(action) ? [...names, action] : names;
    return [
      { value: '', label: i18n._({ id: 'audit.filter.anyAction', message: 'Any action' }) },
      ...actionOptions(i18n, all),
    ];
  }, [recorded.data, action, i18n]);
  const outcomes = [
    { value: '', label: i18n._({ id: 'audit.filter.anyOutcome', message: 'Any outcome' }) },
    ...AUDIT_OUTCOMES.map((value) => ({ value, label: outcomeLabel(i18n, value) })),
  ];

  const [checked, setChecked] = useState(false);
  // Said once the filters are applied: while typing, a half-written time is no mistake yet.
  const unreadable = (text: string) =>
    checked && text.trim() && !zonedInputToIso(text, zone)
      ? i18n._({
          id: 'time.input.unreadable',
          message: 'Enter a date and time as YYYY-MM-DD HH:mm, e.g. {example}',
          values: { example: '2026-12-01 09:30' },
        })
      : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if ([from, to].some((text) => text.trim() && !zonedInputToIso(text, zone))) return;
    onChange({
      user: user.trim() || undefined,
      action: action.trim() || undefined,
      outcome: (outcome || undefined) as AuditFilter['outcome'],
      from: zonedInputToIso(from, zone),
      to: zonedInputToIso(to, zone),
    });
  };

  return (
    <form onSubmit={submit} aria-label={i18n._({ id: 'audit.filters', message: 'Audit filters' })}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={i18n._({ id: 'audit.filter.user', message: 'User' })}
          description={i18n._({ id: 'audit.filter.userHint', message: 'Part of the name' })}
          value={user}
          onChange={(e) => setUser(e.currentTarget.value)}
          w={150}
        />
        <LazySelect
          label={i18n._({ id: 'audit.filter.action', message: 'Action' })}
          data={actions}
          value={action}
          onChange={(v) => setAction(v ?? '')}
          searchable
          allowDeselect={false}
          nothingFoundMessage={i18n._({
            id: 'audit.filter.noAction',
            message: 'No recorded action matches',
          })}
          w={220}
        />
        <LazySelect
          label={i18n._({ id: 'audit.filter.outcome', message: 'Outcome' })}
          data={outcomes}
          value={outcome}
          onChange={(v) => setOutcome(v ?? '')}
          w={150}
          allowDeselect={false}
        />
        <TypedTimeInput
          label={i18n._({ id: 'audit.filter.from', message: 'From' })}
          zoneHint={zoneHint}
          value={from}
          onChange={setFrom}
          error={unreadable(from)}
          w={230}
        />
        <TypedTimeInput
          label={i18n._({ id: 'audit.filter.to', message: 'To' })}
          zoneHint={zoneHint}
          value={to}
          onChange={setTo}
          error={unreadable(to)}
          w={230}
        />
        <Button type="submit">
          {i18n._({ id: 'audit.filter.apply', message: 'Apply filters' })}
        </Button>
      </Group>
    </form>
  );
}
