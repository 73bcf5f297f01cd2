import { describe, expect, it } from 'vitest';

import { safeNext } from './safe-next';

const ORIGIN = 'http://localhost:8080';

describe('safeNext: only paths on this console are followed after sign-in', () => {
  it.each([
    ['/reports?productKey=a1AssetTrk1&range=24h', '/reports?productKey=a1AssetTrk1&range=24h'],
    ['/products/a1AssetTrk1/tasks#x', '/products/a1AssetTrk1/tasks#x'],
    ['/audit', '/audit'],
  ])('keeps %j', (next, expected) => {
    expect(safeNext(next, ORIGIN)).toBe(expected);
  });

  it.each([
    null,
    '',
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/%5Cevil.example'.replace('%5C', '\\'),
    'products',
  ])('falls back to /products for %j', (next) => {
    expect(safeNext(next, ORIGIN)).toBe('/products');
  });
});
