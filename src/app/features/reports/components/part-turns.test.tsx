import { render, screen, waitFor } from '@testing-library/react';
import { createElement, useEffect } from 'react';
import { describe, expect, it } from 'vitest';

import { type PartCode, partCode, usePartTurn } from './part-turns';

/** A part that notes, when it mounts, how many parts are on screen with it. */
function noting(name: string, seen: Array<[string, number]>) {
  return partCode(
    async () =>
      function Noted() {
        useEffect(() => {
          seen.push([name, document.querySelectorAll('[data-part]').length]);
        }, []);
        return <p data-part>{name}</p>;
      },
  );
}

function Slot({ code, order, name }: { code: PartCode<object>; order: number; name: string }) {
  const part = usePartTurn(code, order, true);
  // The part's component is made once, with its code (as in deferred-parts.tsx).
  return part ? createElement(part) : <span>{name} waits</span>;
}

describe('usePartTurn', () => {
  it('mounts the parts one at a time, lowest order first, each in a commit of its own', async () => {
    const seen: Array<[string, number]> = [];
    render(
      <>
        <Slot code={noting('table', seen)} order={3} name="table" />
        <Slot code={noting('form', seen)} order={0} name="form" />
        <Slot code={noting('chart', seen)} order={1} name="chart" />
      </>,
    );
    expect(screen.getByText('form waits')).toBeInTheDocument();
    await waitFor(() => expect(seen).toHaveLength(3));
    expect(seen).toEqual([
      ['form', 1],
      ['chart', 2],
      ['table', 3],
    ]);
  });

  it('mounts a part whose code has loaded at once when it mounts again (a remount by key)', async () => {
    const code = noting('form', []);
    const { rerender } = render(<Slot key="1" code={code} order={0} name="form" />);
    await screen.findByText('form', { selector: 'p' });
    rerender(<Slot key="2" code={code} order={0} name="form" />);
    expect(screen.getByText('form', { selector: 'p' })).toBeInTheDocument();
    expect(screen.queryByText('form waits')).toBeNull();
  });

  it('lets the next part mount when one leaves the page before its turn', async () => {
    const seen: Array<[string, number]> = [];
    const kept = noting('kept', seen);
    const { rerender } = render(
      <>
        <Slot key="gone" code={noting('gone', seen)} order={0} name="gone" />
        <Slot key="kept" code={kept} order={1} name="kept" />
      </>,
    );
    rerender(<Slot key="kept" code={kept} order={1} name="kept" />);
    await waitFor(() => expect(seen).toEqual([['kept', 1]]));
  });
});
