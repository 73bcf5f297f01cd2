import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { upgradeTaskListAnswerSchema } from '../../../../shared/contract/upgrade-tasks';
import { upgradeTaskFactory } from '../../../../shared/testing/factories';
import { server } from '../../../testing/mocks/server';
import { render } from '../../../testing/render';
import { TaskBrowser } from './task-browser';

const params = { firmwareId: 'fwT1main240', jobId: '', status: undefined, deviceName: '', page: 1 };

describe('TaskBrowser: a whole firmware read across its jobs', () => {
  it('shows which job it is reading ("job 3 of 40") with a bar, then the tasks', async () => {
    const asked: string[] = [];
    const answers = [
      { state: 'pending', progress: { jobsRead: 0, jobs: null } },
      { state: 'pending', progress: { jobsRead: 2, jobs: 40 } },
      {
        items: [upgradeTaskFactory({ deviceName: 'tracker-0042' })],
        total: 1,
        page: 1,
        pageSize: 20,
      },
    ];
    server.use(
      http.get('/api/products/:productKey/firmware/:firmwareId/tasks', ({ request }) => {
        asked.push(new URL(request.url).search);
        const next = answers[Math.min(asked.length - 1, answers.length - 1)];
        return HttpResponse.json(upgradeTaskListAnswerSchema.parse(next));
      }),
    );
    render(<TaskBrowser productKey="a1AssetTrk1" params={params} onChange={() => {}} />);

    expect(await screen.findByText('Finding the firmware’s upgrade jobs…')).toBeInTheDocument();
    const status = await screen.findByText(
      'Reading the tasks of job 3 of 40…',
      {},
      { timeout: 5_000 },
    );
    const bar = within(status.closest('[role=status]') as HTMLElement).getByRole('progressbar', {
      name: 'Upgrade jobs read: 2 of 40',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '5');
    // No task count while it is not known yet.
    expect(screen.queryByText(/^0 tasks/)).not.toBeInTheDocument();
    expect(await screen.findByText('tracker-0042', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    // The page asks with progress=1 (only a whole firmware: a job's tasks come in one call).
    expect(asked[0]).toBe('?page=1&pageSize=20&progress=1');
  });

  it('asks for a job’s tasks without progress', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/tasks')) asked.push(new URL(request.url).search);
    });
    render(
      <TaskBrowser
        productKey="a1AssetTrk1"
        params={{ ...params, jobId: 'job240a' }}
        onChange={() => {}}
      />,
    );
    expect(await screen.findByText('dev-1', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(asked).toEqual(['?jobId=job240a&page=1&pageSize=20']);
    server.events.removeAllListeners();
  });

  it('says the count is loading (not "0 tasks") and keeps the select-all button’s place meanwhile', async () => {
    const waiting: Array<() => void> = [];
    server.use(
      http.get('/api/products/:productKey/firmware/:firmwareId/tasks', async () => {
        await new Promise<void>((resolve) => waiting.push(resolve));
        return HttpResponse.json({
          items: [upgradeTaskFactory({ deviceName: 'tracker-0007' })],
          total: 1,
          page: 1,
          pageSize: 20,
        });
      }),
    );
    const { container } = render(
      <TaskBrowser
        productKey="a1AssetTrk1"
        params={{ ...params, jobId: 'job240a' }}
        onChange={() => {}}
      />,
    );
    expect(await screen.findByText('Loading')).toBeInTheDocument();
    expect(screen.queryByText(/^0 tasks/)).not.toBeInTheDocument();
    // Kept in the layout, hidden from sight, from assistive technology and from the keyboard.
    const kept = await waitFor(() => {
      const button = [...container.querySelectorAll('button')].find((b) =>
        b.textContent?.startsWith('Select all'),
      );
      expect(button).toBeDefined();
      return button;
    });
    expect(kept).toHaveStyle({ visibility: 'hidden' });
    expect(kept).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByRole('button', { name: /^Select all/ })).not.toBeInTheDocument();
    await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
    waiting.forEach((answer) => answer());
    expect(await screen.findByText('tracker-0007', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByText('1 task')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Select all 1 matching the filter' })).toBeVisible();
  });
});
