import type { LoginInput } from '../../../../shared/contract/auth';

/** Length as zod counts it: Unicode code points (an emoji is one), not UTF-16 units. */
const codePoints = (value: string) => Array.from(value).length;

/**
 * The sign-in form's checks, the same rules and messages as `loginInputSchema` (the BFF still
 * parses the request with that schema). Written out by hand so zod stays off the first route;
 * `validate-login.test.ts` keeps the two in step.
 */
export const validateLogin = {
  username: (value: string) => {
    const trimmed = value.trim();
    if (trimmed.length < 1) return 'Username is required';
    if (codePoints(trimmed) > 128) return 'Too big: expected string to have <=128 characters';
    return null;
  },
  password: (value: string) => {
    if (value.length < 1) return 'Password is required';
    if (codePoints(value) > 1024) return 'Too big: expected string to have <=1024 characters';
    return null;
  },
} satisfies { [K in keyof LoginInput]: (value: LoginInput[K]) => string | null };
