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
    expect(screen.getByRole('alert')).toHaveTextContent('The product does not exist');
    expect(screen.getByText('iot.prod.NotExistedProduct')).toBeInTheDocument();
    expect(screen.getByText('ABC-123')).toBeInTheDocument();
  });
});
