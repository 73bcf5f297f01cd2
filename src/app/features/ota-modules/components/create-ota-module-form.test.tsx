import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { OtaModule, OtaModuleList } from '../../../../shared/contract/ota-modules';
import { render } from '../../../testing/render';
import { CreateOtaModuleForm } from './create-ota-module-form';

const mod = (moduleName: string, isDefault = false): OtaModule => ({
  productKey: 'pk',
  moduleName,
  aliasName: moduleName,
  desc: '',
  gmtCreate: null,
  gmtModified: null,
  isDefault,
});

const listOf = (names: string[]): OtaModuleList => ({
  items: [mod('default', true), ...names.map((n) => mod(n))],
  customCount: names.length,
  customLimit: 10,
});

function stubFetch(respond: () => Promise<Response>) {
  const fetchMock = vi.fn((_url: string, _init?: RequestInit) => respond());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (status: number, body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('CreateOtaModuleForm', () => {
  it('is blocked before anyone types when the product has 10 custom modules, and says why', () => {
    const names = Array.from({ length: 10 }, (_, i) => `m${i}`);
    render(<CreateOtaModuleForm productKey="pk" list={listOf(names)} />);
    expect(screen.getByText('Creation is blocked: module limit reached')).toBeInTheDocument();
    expect(
      screen.getByText(/delete one you no longer need, or reuse an existing module/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Module name/)).toBeDisabled();
    const button = screen.getByRole('button', { name: 'Create module' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(
      'Creation is blocked: this product has reached its module limit.',
    );
  });

  it('keeps the unusable button in the tab order, says why, and Enter sends nothing', async () => {
    const fetchMock = stubFetch(() => json(201, {}));
    const user = userEvent.setup();
    render(<CreateOtaModuleForm productKey="pk" list={listOf([])} />);
    await user.type(screen.getByLabelText(/Module name/), 'bad name');
    await user.tab();
    await user.tab();
    await user.tab();
    const button = screen.getByRole('button', { name: 'Create module' });
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(
      'Correct the fields marked in red to create the module.',
    );
    await user.keyboard('{Enter}');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('after a create, focus is on the name field for the next module', async () => {
    stubFetch(() => json(201, { productKey: 'pk', moduleName: 'ble' }));
    const user = userEvent.setup();
    render(<CreateOtaModuleForm productKey="pk" list={listOf([])} />);
    await user.type(screen.getByLabelText(/Module name/), 'ble');
    await user.type(screen.getByLabelText(/Alias/), 'BLE');
    await user.click(screen.getByRole('button', { name: 'Create module' }));
    await waitFor(() => expect(screen.getByLabelText(/Module name/)).toHaveValue(''));
    await waitFor(() => expect(screen.getByLabelText(/Module name/)).toHaveFocus());
  });

  it('a create refused for an expired session keeps the typed values for after sign-in', async () => {
    stubFetch(() => json(401, { code: 'Unauthenticated', message: 'Sign in first' }));
    const user = userEvent.setup();
    const first = render(<CreateOtaModuleForm productKey="pk" list={listOf([])} />);
    await user.type(screen.getByLabelText(/Module name/), 'scanner');
    await user.type(screen.getByLabelText(/Alias/), 'Scanner');
    await user.click(screen.getByRole('button', { name: 'Create module' }));
    await waitFor(() =>
      expect(sessionStorage.getItem('ota:draft:modules:pk:create')).not.toBe(null),
    );
    first.unmount();

    render(<CreateOtaModuleForm productKey="pk" list={listOf([])} />);
    expect(screen.getByLabelText(/Module name/)).toHaveValue('scanner');
    expect(screen.getByLabelText(/Alias/)).toHaveValue('Scanner');
    expect(screen.getByRole('status')).toHaveTextContent('Your change was not made');
    // Restored once: the draft is gone from storage.
    expect(sessionStorage.getItem('ota:draft:modules:pk:create')).toBe(null);
  });

  it('validates as the user types, with a live count, and sends nothing invalid', async () => {
    const fetchMock = stubFetch(() => json(201, {}));
    const user = userEvent.setup();
    render(<CreateOtaModuleForm productKey="pk" list={listOf(['ble'])} />);
    const name = screen.getByLabelText(/Module name/);

    await user.type(name, 'BLE');
    expect(screen.getByText(/already exists/)).toBeInTheDocument();
    expect(screen.getByText('3/64 characters')).toBeInTheDocument();

    await user.clear(name);
    await user.type(name, 'a'.repeat(65));
    expect(screen.getByText('Module name must be at most 64 characters')).toBeInTheDocument();
    expect(screen.getByText('65/64 characters')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create module' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.type(name, '{Enter}');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('puts a server refusal on the right field, with the RequestId', async () => {
    stubFetch(() =>
      json(409, {
        code: 'iot.ota.ModuleNameAlreadyExists',
        message: 'An OTA module with this name already exists',
        requestId: 'RID-42',
      }),
    );
    const user = userEvent.setup();
    render(<CreateOtaModuleForm productKey="pk" list={listOf([])} />);
    await user.type(screen.getByLabelText(/Module name/), 'scanner');
    await user.type(screen.getByLabelText(/Alias/), 'Scanner');
    await user.click(screen.getByRole('button', { name: 'Create module' }));

    const name = screen.getByLabelText(/Module name/);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(
      screen.getByText(
        'A module with this name already exists in this product (names ignore letter case). (RequestId RID-42)',
      ),
    ).toBeInTheDocument();
  });

  it('sends one request however often the button is pressed', async () => {
    let release: (value: Response) => void = () => {};
    const fetchMock = stubFetch(() => new Promise<Response>((resolve) => (release = resolve)));
    const user = userEvent.setup();
    render(<CreateOtaModuleForm productKey="pk" list={listOf([])} />);
    await user.type(screen.getByLabelText(/Module name/), 'ble');
    await user.type(screen.getByLabelText(/Alias/), 'BLE');
    const button = screen.getByRole('button', { name: 'Create module' });
    await user.click(button);
    await user.click(button);
    await user.type(screen.getByLabelText(/Alias/), '{Enter}');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      moduleName: 'ble',
      aliasName: 'BLE',
      desc: '',
    });
    release(new Response(JSON.stringify({ productKey: 'pk', moduleName: 'ble' }), { status: 201 }));
    await waitFor(() => expect(screen.getByLabelText(/Module name/)).toHaveValue(''));
  });

  it('drops pasted spaces around the name and alias, and the alias may stay empty', async () => {
    const fetchMock = stubFetch(() => json(201, { productKey: 'pk', moduleName: 'ble' }));
    const user = userEvent.setup();
    render(<CreateOtaModuleForm productKey="pk" list={listOf([])} />);
    const name = screen.getByLabelText(/Module name/);
    await user.click(name);
    await user.paste('  ble ');
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Create module' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      moduleName: 'ble',
      aliasName: '',
      desc: '',
    });
  });

  it('says that spaces are not allowed when one sits inside the name or alias', async () => {
    const fetchMock = stubFetch(() => json(201, {}));
    const user = userEvent.setup();
    render(<CreateOtaModuleForm productKey="pk" list={listOf([])} />);
    await user.click(screen.getByLabelText(/Module name/));
    await user.paste('bar code');
    expect(screen.getByText('Spaces are not allowed in a module name')).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Alias/));
    await user.paste(' Bar code ');
    expect(screen.getByText('Spaces are not allowed in an alias')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create module' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
