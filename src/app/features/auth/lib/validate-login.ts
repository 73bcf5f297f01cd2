import type { I18n } from '@lingui/core';

import type { LoginInput } from '../../../../shared/contract/auth';

/** Length as zod counts it: Unicode code points (an emoji is one), not UTF-16 units. */
const codePoints = (value: string) => Array.from(value).length;

/**
 * The sign-in form's checks, the same rules (and, in English, the same messages) as
 * `loginInputSchema` (the BFF still parses the request with that schema). Written out by hand so
 * zod stays off the first route; `validate-login.test.ts` keeps the two in step.
 */
export const validateLogin = {
  username: (value: string, i18n: I18n) => {
    const trimmed = value.trim();
    if (trimmed.length < 1)
      return i18n._({ id: 'login.username.required', message: 'Username is required' });
    if (codePoints(trimmed) > 128) return tooLong(i18n, 128);
    return null;
  },
  password: (value: string, i18n: I18n) => {
    if (value.length < 1)
      return i18n._({ id: 'login.password.required', message: 'Password is required' });
    if (codePoints(value) > 1024) return tooLong(i18n, 1024);
    return null;
  },
} satisfies { [K in keyof LoginInput]: (value: LoginInput[K], i18n: I18n) => string | null };

const tooLong = (i18n: I18n, max: number) =>
  i18n._({
    id: 'validation.tooLong',
    message: 'Too big: expected string to have <={max} characters',
    values: { max },
  });
