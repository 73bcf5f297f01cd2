import { notifications } from '@mantine/notifications';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { render } from '../testing/render';
import { LazyNotifications } from './lazy-notifications';

describe('LazyNotifications', () => {
  it('renders nothing until the first notification, then shows it', async () => {
    render(<LazyNotifications position="top-right" />);
    expect(document.querySelector('.mantine-Notifications-root')).toBeNull();
    act(() => {
      notifications.show({ title: 'Module created', message: 'fw-main v1 is ready' });
    });
    expect(await screen.findByText('fw-main v1 is ready')).toBeInTheDocument();
    expect(document.querySelector('.mantine-Notifications-root')).not.toBeNull();
    act(() => notifications.clean());
  });
});
