import { describe, expect, it } from 'vitest';

import { kioskGrid, pagesOf } from './kiosk-layout';

describe('kiosk grid', () => {
  it('shows up to three panels side by side on a wide screen, two on a squarer one', () => {
    for (const [w, h] of [
      [1280, 720],
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      expect(kioskGrid(6, w, h)).toEqual({ cols: 3, rows: 1 });
      expect(kioskGrid(2, w, h)).toEqual({ cols: 2, rows: 1 });
    }
    expect(kioskGrid(4, 1024, 768)).toEqual({ cols: 2, rows: 1 });
    // Even pages: four panels are two pages of two, seven are three pages of up to three.
    expect(kioskGrid(4, 1920, 1080)).toEqual({ cols: 2, rows: 1 });
    expect(kioskGrid(7, 1920, 1080)).toEqual({ cols: 3, rows: 1 });
  });

  it('stacks two panels on a tall portrait screen, one on a squarer one', () => {
    expect(kioskGrid(4, 1080, 1920)).toEqual({ cols: 1, rows: 2 });
    expect(kioskGrid(1, 1080, 1920)).toEqual({ cols: 1, rows: 1 });
    expect(kioskGrid(4, 768, 1024)).toEqual({ cols: 1, rows: 1 });
  });

  it('pages the rest', () => {
    expect(pagesOf([1, 2, 3, 4, 5], 3)).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(pagesOf([], 3)).toEqual([[]]);
  });
});
