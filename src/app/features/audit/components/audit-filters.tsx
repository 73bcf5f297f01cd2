import { useLingui } from '@lingui/react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';

import type { AuditFilter } from '../../../../shared/contract/audit';
import { useAuditActions } from '../api/audit-queries';
import { actionOptions, AUDIT_OUTCOMES, outcomeLabel } from '../utils/action-labels';

/** `datetime-local` text (local time) to ISO, and back. */
const toIso = (local: string) => (local ? new Date(local).toISOString() : undefined);
const toLocal = (iso?: string) => {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

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
  const [from, setFrom] = useState(toLocal(value.from));
  const [to, setTo] = useState(toLocal(value.to));
  const { i18n } = useLingui();
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({
      user: user.trim() || undefined,
      action: action.trim() || undefined,
      outcome: (outcome || undefined) as AuditFilter['outcome'],
      from: toIso(from),
      to: toIso(to),
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
        <Select
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
        <Select
          label={i18n._({ id: 'audit.filter.outcome', message: 'Outcome' })}
          data={outcomes}
          value={outcome}
          onChange={(v) => setOutcome(v ?? '')}
          w={150}
          allowDeselect={false}
        />
        <TextInput
          label={i18n._({ id: 'audit.filter.from', message: 'From' })}
          type="datetime-local"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          label={i18n._({ id: 'audit.filter.to', message: 'To' })}
          type="datetime-local"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Button type="submit">
          {i18n._({ id: 'audit.filter.apply', message: 'Apply filters' })}
        </Button>
      </Group>
    </form>
  );
}
