import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';

import { loginInputSchema } from '../../../../shared/contract/auth';
import { validateLogin } from './validate-login';

function schemaErrors(values: { username: string; password: string }) {
  const result = loginInputSchema.safeParse(values);
  const errors: Record<string, string | null> = { username: null, password: null };
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0]);
      errors[key] ??= issue.message;
    }
  }
  return errors;
}

const usernames = [
  '',
  ' ',
  ' \t\n ',
  'a',
  ' a ',
  'manager',
  'x'.repeat(128),
  ` ${'x'.repeat(128)} `,
];
usernames.push('x'.repeat(129), ` ${'x'.repeat(129)}`, '😀'.repeat(128), '😀'.repeat(129));
usernames.push('\ud800', '\ud800'.repeat(129), `${'x'.repeat(127)}\udc00\ud800`);
const passwords = ['', ' ', 'p', 'p'.repeat(1024), 'p'.repeat(1025), '😀'.repeat(1024)];
passwords.push('😀'.repeat(1025), '\udc00'.repeat(1025), `${'p'.repeat(1023)}\ud83d\ude00`);

describe('validateLogin', () => {
  it('gives the same errors as the shared login schema', () => {
    for (const username of usernames) {
      for (const password of passwords) {
        expect({
          username: validateLogin.username(username, i18n),
          password: validateLogin.password(password, i18n),
        }).toEqual(schemaErrors({ username, password }));
      }
    }
  });

  it('says the same in Chinese', () => {
    i18n.activate('zh-CN');
    expect(validateLogin.username(' ', i18n)).toBe('请输入用户名');
    expect(validateLogin.password('p'.repeat(1025), i18n)).toBe('过长：最多 1024 个字符');
  });
});
