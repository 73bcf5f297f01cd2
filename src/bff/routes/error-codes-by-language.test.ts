import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Harness, startHarness } from '../testing/harness';

/**
 * The API's refusals are the same in every language the console speaks: status, code and the
 * fields they name do not follow Accept-Language (or the CSV's `lang=`). The console translates
 * from the code; scripts and other clients compare the code.
 */
let h: Harness;
let manager: string;
let viewer: string;

beforeAll(async () => {
  h = await startHarness({}, { reportTuning: { scheduler: false } });
  manager = await h.login('manager');
  viewer = await h.login('viewer');
});
afterAll(async () => {
  await h?.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface BadRequest {
  what: string;
  method: Method;
  url: string;
  who?: () => string;
  body?: unknown;
  /** The code we expect, so a case cannot pass by failing the same wrong way twice. */
  code: string;
}

const week = 'range=7d';
const cases: BadRequest[] = [
  { what: 'no session', method: 'GET', url: '/api/products', code: 'Unauthenticated' },
  {
    what: 'wrong password',
    method: 'POST',
    url: '/api/auth/login',
    body: { username: 'nobody-here', password: 'wrong' },
    code: 'InvalidCredentials',
  },
  {
    what: 'a viewer writing',
    method: 'POST',
    url: '/api/products/a1AssetTrk1/modules',
    who: () => viewer,
    body: { moduleName: 'ok', aliasName: '', desc: '' },
    code: 'Forbidden',
  },
  {
    what: 'a bad module name',
    method: 'POST',
    url: '/api/products/a1AssetTrk1/modules',
    who: () => manager,
    body: { moduleName: 'bad name!', aliasName: '', desc: '' },
    code: 'ValidationFailed',
  },
  {
    what: 'the default module',
    method: 'DELETE',
    url: '/api/products/a1AssetTrk1/modules/default',
    who: () => manager,
    code: 'DefaultModuleImmutable',
  },
  {
    what: 'report filters without devices',
    method: 'GET',
    url: `/api/reports/summary?${week}`,
    who: () => viewer,
    code: 'ValidationFailed',
  },
  {
    what: 'a reversed report range',
    method: 'GET',
    url: '/api/reports/summary?productKey=a1AssetTrk1&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z',
    who: () => viewer,
    code: 'ValidationFailed',
  },
  {
    what: 'a CSV language the console does not speak',
    method: 'GET',
    url: `/api/reports/export.csv?productKey=a1AssetTrk1&${week}&lang=fr`,
    who: () => viewer,
    code: 'ValidationFailed',
  },
  {
    what: 'a CSV with bad filters, asked in Chinese',
    method: 'GET',
    url: `/api/reports/export.csv?${week}&lang=zh-CN`,
    who: () => viewer,
    code: 'ValidationFailed',
  },
  {
    what: 'a language setting the console does not speak',
    method: 'PUT',
    url: '/api/me/preferences',
    who: () => viewer,
    body: { locale: 'fr' },
    code: 'ValidationFailed',
  },
  { what: 'no such route', method: 'GET', url: '/api/nope', who: () => viewer, code: 'NotFound' },
];

const LANGUAGES = ['en', 'zh-CN', 'zh-CN,zh;q=0.9,en;q=0.5'];

async function answer(c: BadRequest, acceptLanguage: string) {
  const response = await h.request(c.method, c.url, {
    cookie: c.who?.(),
    body: c.body,
    headers: { 'accept-language': acceptLanguage },
  });
  const body = response.json() as { code: string; fieldErrors?: Record<string, string> };
  return {
    status: response.statusCode,
    code: body.code,
    fields: Object.keys(body.fieldErrors ?? {}).sort(),
  };
}

describe('API error codes in every language', () => {
  it.each(cases)('$what: same status and code in English and Chinese', async (c) => {
    const answers = [];
    for (const language of LANGUAGES) answers.push(await answer(c, language));
    expect(answers[0]!.code).toBe(c.code);
    expect(answers[0]!.status).toBeGreaterThanOrEqual(400);
    for (const other of answers.slice(1)) expect(other).toEqual(answers[0]);
  });

  it('a CSV asked for in either language refuses the same bad filters alike', async () => {
    const base = `/api/reports/export.csv?productKey=bad!&${week}`;
    const byLang = [];
    for (const lang of ['en', 'zh-CN'])
      byLang.push(
        await answer(
          { what: lang, method: 'GET', url: `${base}&lang=${lang}`, who: () => viewer, code: '' },
          lang,
        ),
      );
    expect(byLang[0]).toMatchObject({ status: 400, code: 'ValidationFailed' });
    expect(byLang[1]).toEqual(byLang[0]);
  });
});
