import { useState } from 'react';

interface Seen {
  address: string;
  generation: number;
  /** The address the page itself is about to navigate to. */
  expected: string | null;
}

const normalise = (search: string) => new URLSearchParams(search).toString();

/**
 * A `key` for a form that mirrors the address bar's query. It changes when the address changes from
 * outside (Back, Forward, a link), so the form shows what the address says; it stays when the page
 * changed the address itself (`expect` first), so nothing typed meanwhile is thrown away.
 */
export function useAddressRemountKey(address: string) {
  const current = normalise(address);
  const [seen, setSeen] = useState<Seen>({ address: current, generation: 0, expected: null });
  if (seen.address !== current) {
    // Adjusting state while rendering (React's documented pattern): no extra commit, no effect.
    const fromOutside = seen.expected !== current;
    setSeen({
      address: current,
      generation: seen.generation + (fromOutside ? 1 : 0),
      expected: null,
    });
  }
  return {
    key: String(seen.generation),
    expect: (next: string) => setSeen((s) => ({ ...s, expected: normalise(next) })),
  };
}
