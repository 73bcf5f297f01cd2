import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';

import { bffErrorCodes } from '../../shared/contract/api-error';
import { kioskErrorCodes } from '../../shared/contract/kiosk';
import { otaModuleErrorCodes } from '../../shared/contract/ota-modules';
import { ApiRequestError } from '../lib/api-client';
import { errorMessage, hasErrorMessage } from './error-messages';

/** Every code the BFF itself answers with, from the shared maps (upstream codes pass through). */
const codes = [
  ...new Set([
    ...Object.values(bffErrorCodes),
    ...Object.values(kioskErrorCodes),
    ...Object.values(otaModuleErrorCodes),
  ]),
];
const CJK = /[\u4e00-\u9fff]/;
const SERVER_WORDS = 'the English words of the server, never shown for a known code';

describe('error codes of the BFF', () => {
  it('are all enumerated', () => {
    expect(codes.length).toBeGreaterThanOrEqual(Object.keys(bffErrorCodes).length);
  });

  it.each(codes)('%s has its own sentence in English and in Chinese', (code) => {
    expect(hasErrorMessage(code), `add ${code} to src/app/i18n/error-messages.ts`).toBe(true);
    const error = new ApiRequestError(400, { code, message: SERVER_WORDS });
    i18n.activate('en');
    const english = errorMessage(i18n, error);
    i18n.activate('zh-CN');
    const chinese = errorMessage(i18n, error);
    expect(english).not.toBe(SERVER_WORDS);
    expect(english).not.toMatch(CJK);
    expect(chinese, `translate ${code} in zh-CN`).toMatch(CJK);
  });
});
