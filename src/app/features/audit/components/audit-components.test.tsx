import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { AuditEvent } from '../../../../shared/contract/audit';
import { zonedInputToIso } from '../../../lib/time/zoned-input';
import { render } from '../../../testing/render';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';

const cancelEvent: AuditEvent = {
  id: 7,
  at: '2026-12-02T04:05:06.789Z',
  username: 'manager',
  role: 'manager',
  action: 'CancelOTATaskByDevice',
  method: 'POST',
  route: '/api/products/:productKey/firmware/:firmwareId/cancel',
  parameters: {
    body: {
      deviceNames: Array.from({ length: 40 }, (_, i) => `trk-${String(i).padStart(5, '0')}`),
    },
    result: { counts: { cancelled: 38, notCancellable: 2, failed: 0 } },
  },
  outcome: 'success',
  statusCode: 200,
  errorCode: null,
  requestId: 'req-1',
  upstreamRequestIds: ['RID-1'],
};

describe('AuditFilters', () => {
  it('offers the recorded actions by readable name and filters by the one chosen', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<AuditFilters value={{}} onChange={onChange} />);
    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    expect(await screen.findByRole('option', { name: 'Cancel upgrade tasks' })).toBeVisible();
    expect(screen.getByRole('option', { name: 'Create module' })).toBeVisible();
    expect(screen.getByRole('option', { name: 'Sign in' })).toBeVisible();
    // Typing part of the readable name finds it, in any letter case.
    await user.clear(screen.getByRole('combobox', { name: 'Action' }));
    await user.type(screen.getByRole('combobox', { name: 'Action' }), 'cancel');
    await user.click(screen.getByRole('option', { name: 'Cancel upgrade tasks' }));
    await user.type(screen.getByLabelText(/User/), 'MAN');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'CancelOTATaskByDevice', user: 'MAN' }),
    );
  });
});

describe('AuditFilters times', () => {
  it('reads From and To as YYYY-MM-DD HH:mm text in the shown zone, and refuses no real time', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<AuditFilters value={{}} onChange={onChange} />);
    const from = screen.getByRole('textbox', { name: 'From' });
    const to = screen.getByRole('textbox', { name: 'To' });
    // Text, not a native datetime-local input (which writes dates in the browser's language).
    expect(from).not.toHaveAttribute('type', 'datetime-local');
    await user.type(from, '2026-1-5 9:30');
    await user.tab();
    expect(from).toHaveValue('2026-01-05 09:30');
    await user.type(to, '2026-02-30 10:00');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(await screen.findByText(/Enter a date and time as YYYY-MM-DD HH:mm/)).toBeVisible();
    await user.clear(to);
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({ from: zonedInputToIso('2026-01-05 09:30', zone), to: undefined }),
    );
  });
});

describe('AuditTable', () => {
  it('shows When to the second with its zone, and the readable action', () => {
    render(<AuditTable events={[cancelEvent]} />);
    const when = screen.getByText((_, element) => element?.tagName === 'TIME');
    expect(when).toHaveAttribute('datetime', cancelEvent.at);
    expect(when.textContent).toMatch(/:06\b/);
    expect(when.textContent).toMatch(/UTC|GMT|[A-Z]{2,5}|[+-]\d/);
    expect(screen.getByText('Cancel upgrade tasks')).toBeInTheDocument();
  });

  it('wraps the parameters in a box that Tab reaches', async () => {
    const user = userEvent.setup();
    render(<AuditTable events={[cancelEvent]} />);
    await user.tab();
    const box = screen.getByLabelText(/^Parameters of Cancel upgrade tasks at /);
    expect(box).toHaveFocus();
    expect(box.textContent).toContain('"notCancellable":2');
  });
});
