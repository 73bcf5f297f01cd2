import { fireEvent, screen } from '@testing-library/react';
import { lazy, useState } from 'react';
import { describe, expect, it } from 'vitest';

import { render } from '../testing/render';
import { LazyDialog } from './lazy-dialog';

let loads = 0;
const Dialog = lazy(async () => {
  loads += 1;
  return {
    default: ({ name }: { name: string | null }) => (
      <p>{name === null ? 'dialog closed' : `dialog open for ${name}`}</p>
    ),
  };
});

function Page() {
  const [name, setName] = useState<string | null>(null);
  return (
    <>
      <button onClick={() => setName('fw-main')}>edit fw-main</button>
      <button onClick={() => setName('fw-aux')}>edit fw-aux</button>
      <button onClick={() => setName(null)}>close</button>
      <LazyDialog value={name}>{(value) => <Dialog name={value} />}</LazyDialog>
    </>
  );
}
const open = (label: string) => fireEvent.click(screen.getByRole('button', { name: label }));

describe('LazyDialog', () => {
  it('loads nothing until the first opening, then opens after mounting closed and stays', async () => {
    render(<Page />);
    expect(screen.queryByText(/dialog/)).toBeNull();
    expect(loads).toBe(0);
    open('edit fw-main');
    expect(await screen.findByText('dialog open for fw-main')).toBeInTheDocument();
    expect(loads).toBe(1);
    open('close');
    expect(screen.getByText('dialog closed')).toBeInTheDocument();
    open('edit fw-aux');
    expect(screen.getByText('dialog open for fw-aux')).toBeInTheDocument();
  });
});
