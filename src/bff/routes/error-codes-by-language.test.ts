import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Harness, startHarness } from '../testing/harness';

/**
 * The API's refusals are the same in every language the console speaks: status, code and the
 * fields they name do not follow Accept-Language (or the CSV's `lang=`). The console translates
 * from the code; scripts and other clients compare the code.
 */
let h: Harness;
const sessions: Record<'manager' | 'viewer', string> = { manager: '', viewer: '' };

beforeAll(async () => {
  h = await startHarness({}, { reportTuning: { scheduler: false } });
  sessions.manager = await h.login('manager');
  sessions.viewer = await h.login('viewer');
});
afterAll(async () => {
  await h?.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface BadRequest {
  what: string;
  method: Method;
  /** A function when the request itself names a language (the CSV's `lang=`). */
  url: string | ((lang: string) => string);
  as?: 'manager' | 'viewer';
  body?: unknown;
  /** The status and code we expect, so a case cannot pass by failing the same wrong way twice. */
  status: number;
  code: string;
}

const week = 'range=7d';
const modules = '/api/products/a1AssetTrk1/modules';
const cases: BadRequest[] = [
  { what: 'no session', method: 'GET', url: '/api/products', status: 401, code: 'Unauthenticated' },
  {
    what: 'wrong password',
    method: 'POST',
    url: '/api/auth/login',
    body: { username: 'nobody-here', password: 'wrong' },
    status: 401,
    code: 'InvalidCredentials',
  },
  {
    what: 'a viewer writing',
    method: 'POST',
    url: modules,
    as: 'viewer',
    body: { moduleName: 'ok', aliasName: '', desc: '' },
    status: 403,
    code: 'Forbidden',
  },
  {
    what: 'a bad module name',
    method: 'POST',
    url: modules,
    as: 'manager',
    body: { moduleName: 'bad name!', aliasName: '', desc: '' },
    status: 400,
    code: 'ValidationFailed',
  },
  {
    what: 'the default module',
    method: 'DELETE',
    url: `${modules}/default`,
    as: 'manager',
    status: 409,
    code: 'DefaultModuleImmutable',
  },
  {
    what: 'report filters without devices',
    method: 'GET',
    url: `/api/reports/summary?${week}`,
    as: 'viewer',
    status: 400,
    code: 'ValidationFailed',
  },
  {
    what: 'a reversed report range',
    method: 'GET',
    url: '/api/reports/summary?productKey=a1AssetTrk1&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z',
    as: 'viewer',
    status: 400,
    code: 'ValidationFailed',
  },
  {
    what: 'a CSV language the console does not speak',
    method: 'GET',
    url: `/api/reports/export.csv?productKey=a1AssetTrk1&${week}&lang=fr`,
    as: 'viewer',
    status: 400,
    code: 'ValidationFailed',
  },
  {
    what: 'a CSV with bad filters, asked in Chinese',
    method: 'GET',
    url: `/api/reports/export.csv?${week}&lang=zh-CN`,
    as: 'viewer',
    status: 400,
    code: 'ValidationFailed',
  },
  {
    what: 'a CSV with bad filters, asked for in the language of each request',
    method: 'GET',
    url: (lang) => `/api/reports/export.csv?productKey=bad!&${week}&lang=${lang}`,
    as: 'viewer',
    status: 400,
    code: 'ValidationFailed',
  },
  {
    what: 'a language setting the console does not speak',
    method: 'PUT',
    url: '/api/me/preferences',
    as: 'viewer',
    body: { locale: 'fr' },
    status: 400,
    code: 'ValidationFailed',
  },
  {
    what: 'no such route',
    method: 'GET',
    url: '/api/nope',
    as: 'viewer',
    status: 404,
    code: 'NotFound',
  },
];

/** Accept-Language headers, each with the `lang=` a CSV link in that language carries. */
const LANGUAGES = [
  { header: 'en', lang: 'en' },
  { header: 'zh-CN', lang: 'zh-CN' },
  { header: 'zh-CN,zh;q=0.9,en;q=0.5', lang: 'zh-CN' },
];

async function answer(c: BadRequest, language: (typeof LANGUAGES)[number]) {
  const response = await h.request(
    c.method,
    typeof c.url === 'string' ? c.url : c.url(language.lang),
    {
      cookie: c.as && sessions[c.as],
      body: c.body,
      headers: { 'accept-language': language.header },
    },
  );
  const body = response.json() as { code: string; fieldErrors?: Record<string, string> };
  return {
    status: response.statusCode,
    code: body.code,
    fields: Object.keys(body.fieldErrors ?? {}).sort(),
  };
}

describe('API error codes in every language', () => {
  it.each(cases)('$what: the same status, code and fields in English and Chinese', async (c) => {
    const answers = [];
    for (const language of LANGUAGES) answers.push(await answer(c, language));
    expect(answers[0]).toMatchObject({ status: c.status, code: c.code });
    for (const other of answers.slice(1)) expect(other).toEqual(answers[0]);
  });
});
