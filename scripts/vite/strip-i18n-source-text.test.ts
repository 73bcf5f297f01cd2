import { describe, expect, it } from 'vitest';

import { stripI18nSourceText } from './strip-i18n-source-text';

const transform = (code: string, id = '/repo/src/app/features/x/y.tsx') => {
  const plugin = stripI18nSourceText();
  const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
  return hook.call({}, code, id)?.code ?? code;
};

describe('the build keeps each message id and drops the English beside it', () => {
  it('in descriptors, one line or several, and in <Trans>', () => {
    const code = [
      "i18n._({ id: 'a.b', message: 'Hello {name}', values: { name } });",
      "const D = /*i18n*/ { id: 'c.d', message: 'It\\'s \"quoted\"' };",
      "i18n._({\n  id: 'e.f',\n  message:\n    '{count, plural, one {# device} other {# devices}}',\n  values: { count },\n});",
      '<Trans id="g.h" message="Map them in the <0>directory</0>." components={{ 0: <A /> }} />',
    ].join('\n');
    const out = transform(code);
    expect(out).not.toMatch(/message[:=]/);
    expect(out).toContain("i18n._({ id: 'a.b', values: { name } });");
    expect(out).toContain("{ id: 'c.d' }");
    expect(out).toContain("id: 'e.f',\n  values: { count },");
    expect(out).toContain('<Trans id="g.h" components=');
  });

  it('leaves other objects with a message, tests and code outside the app alone', () => {
    const error = "({ code: 'NetworkError', message: 'The server cannot be reached' })";
    expect(transform(error)).toBe(error);
    const descriptor = "i18n._({ id: 'a.b', message: 'Hello' })";
    expect(transform(descriptor, '/repo/src/app/x.test.tsx')).toBe(descriptor);
    expect(transform(descriptor, '/repo/src/bff/x.ts')).toBe(descriptor);
  });
});
