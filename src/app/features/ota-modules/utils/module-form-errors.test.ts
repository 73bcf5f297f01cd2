import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';

import { ApiRequestError } from '../../../lib/api-client';
import { moduleFieldErrors } from './module-form-errors';

describe('moduleFieldErrors', () => {
  it('maps an upstream code to its field, with the RequestId, in the active language', () => {
    const error = new ApiRequestError(400, {
      code: 'iot.ota.InvalidFormattedAliasName',
      message: 'Bad alias',
      requestId: 'R1',
    });
    expect(moduleFieldErrors(i18n, error)).toEqual({
      aliasName: 'The IoT platform does not accept this alias. (RequestId R1)',
    });
    i18n.activate('zh-CN');
    expect(moduleFieldErrors(i18n, error)).toEqual({
      aliasName: '物联网平台不接受此别名。（RequestId R1）',
    });
  });

  it('uses the BFF’s field errors for validation failures, translated when known', () => {
    const error = new ApiRequestError(400, {
      code: 'ValidationFailed',
      message: 'Some fields are not valid',
      fieldErrors: { desc: 'Too long', _: 'ignored', productKey: 'ignored' },
    });
    expect(moduleFieldErrors(i18n, error)).toEqual({ desc: 'Too long' });
    const known = new ApiRequestError(400, {
      code: 'ValidationFailed',
      message: 'Some fields are not valid',
      fieldErrors: { desc: 'Description must be at most 100 characters' },
    });
    i18n.activate('zh-CN');
    expect(moduleFieldErrors(i18n, known)?.desc).not.toContain('Description');
  });

  it('answers null when no field fits, so the form shows the error itself', () => {
    expect(
      moduleFieldErrors(
        i18n,
        new ApiRequestError(409, { code: 'ModuleLimitReached', message: 'Full' }),
      ),
    ).toBeNull();
    expect(moduleFieldErrors(i18n, new Error('boom'))).toBeNull();
  });
});
