import { describe, expect, it } from 'vitest';

import { ApiRequestError } from '../../../lib/api-client';
import { moduleFieldErrors } from './module-form-errors';

describe('moduleFieldErrors', () => {
  it('maps an upstream code to its field, with the RequestId', () => {
    const error = new ApiRequestError(400, {
      code: 'iot.ota.InvalidFormattedAliasName',
      message: 'Bad alias',
      requestId: 'R1',
    });
    expect(moduleFieldErrors(error)).toEqual({ aliasName: 'Bad alias (RequestId R1)' });
  });

  it('uses the BFF’s field errors for validation failures', () => {
    const error = new ApiRequestError(400, {
      code: 'ValidationFailed',
      message: 'Some fields are not valid',
      fieldErrors: { desc: 'Too long', _: 'ignored', productKey: 'ignored' },
    });
    expect(moduleFieldErrors(error)).toEqual({ desc: 'Too long' });
  });

  it('answers null when no field fits, so the form shows the error itself', () => {
    expect(
      moduleFieldErrors(new ApiRequestError(409, { code: 'ModuleLimitReached', message: 'Full' })),
    ).toBeNull();
    expect(moduleFieldErrors(new Error('boom'))).toBeNull();
  });
});
