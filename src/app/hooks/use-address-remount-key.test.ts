import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useAddressRemountKey } from './use-address-remount-key';

const render = () =>
  renderHook(({ address }) => useAddressRemountKey(address), {
    initialProps: { address: 'productKey=a1&range=24h' },
  });

describe('useAddressRemountKey', () => {
  it('changes the key when the address changes from outside (Back, a link)', () => {
    const { result, rerender } = render();
    const first = result.current.key;
    rerender({ address: 'productKey=a1&range=7d' });
    expect(result.current.key).not.toBe(first);
  });

  it('keeps the key for the change the page announced, so typed values stay', () => {
    const { result, rerender } = render();
    const first = result.current.key;
    act(() => result.current.expect('productKey=a1&range=7d&from=2026-12-01T10:00'));
    // The router writes it encoded; it is the same address.
    rerender({ address: 'productKey=a1&range=7d&from=2026-12-01T10%3A00' });
    expect(result.current.key).toBe(first);
    // Only that one change: Back afterwards re-reads the address.
    rerender({ address: 'productKey=a1&range=24h' });
    expect(result.current.key).not.toBe(first);
  });

  it('remounts when the address lands somewhere other than announced', () => {
    const { result, rerender } = render();
    const first = result.current.key;
    act(() => result.current.expect('productKey=a1&range=7d'));
    rerender({ address: 'productKey=b2&range=30d' });
    expect(result.current.key).not.toBe(first);
  });
});
