import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ApiRequestError } from '../lib/api-client';
import { render } from '../testing/render';
import { QueryError } from './query-error';

describe('QueryError', () => {
  it('shows the message, the upstream code and the RequestId', () => {
    const error = new ApiRequestError(404, {
      code: 'iot.prod.NotExistedProduct',
      message: 'The product does not exist',
      requestId: 'ABC-123',
    });
    render(<QueryError error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This product does not exist.');
    expect(screen.getByText('iot.prod.NotExistedProduct')).toBeInTheDocument();
    expect(screen.getByText('ABC-123')).toBeInTheDocument();
  });

  it('names each field to correct and offers no pointless retry for a refused request', () => {
    const error = new ApiRequestError(400, {
      code: 'ValidationFailed',
      message: 'Some fields are not valid',
      fieldErrors: { to: 'from must be before to', ids: 'Device ids are letters, digits, - and _' },
    });
    render(<QueryError error={error} onRetry={() => {}} />);
    const list = screen.getByRole('list', { name: 'What to correct' });
    expect(list).toHaveTextContent('to: from must be before to');
    expect(list).toHaveTextContent('ids: Device ids are letters, digits, - and _');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('offers a retry when asking again can help (upstream failure, rate limit)', () => {
    for (const status of [502, 429]) {
      const { unmount } = render(
        <QueryError
          error={new ApiRequestError(status, { code: 'X', message: 'm' })}
          onRetry={() => {}}
        />,
      );
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
      unmount();
    }
  });
});
