import { i18n } from '@lingui/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { OtaModuleList } from '../../../../shared/contract/ota-modules';
import { otaModuleFactory } from '../../../../shared/testing/factories';
import { apiError } from '../../../testing/mocks/handlers';
import { server } from '../../../testing/mocks/server';
import { render } from '../../../testing/render';
import { OtaModulesPanel } from './ota-modules-panel';

const PK = 'a1DashCam02';
const list: OtaModuleList = {
  items: [
    otaModuleFactory({ productKey: PK, moduleName: 'default', aliasName: '', isDefault: true }),
    otaModuleFactory({ productKey: PK, moduleName: 'camera', aliasName: 'Camera' }),
    otaModuleFactory({ productKey: PK, moduleName: 'storage', aliasName: 'Storage' }),
  ],
  customCount: 2,
  customLimit: 10,
};

const packagesAnswer = (answer: () => Response) =>
  server.use(http.get(`/api/products/${PK}/module-packages`, answer));

const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}\\b`) });

describe('each module row says how many update packages it has', () => {
  it('counts them when the package list is read', async () => {
    packagesAnswer(() => HttpResponse.json({ items: [{ moduleName: 'camera', packages: 2 }] }));
    render(<OtaModulesPanel productKey={PK} list={list} canWrite />);
    expect(await within(row('camera')).findByText('2 packages')).toBeInTheDocument();
    expect(within(row('storage')).getByText('None')).toBeInTheDocument();
  });

  it('says Unknown, never None, when the package list cannot be read; the rows stay', async () => {
    packagesAnswer(() =>
      apiError(503, {
        code: 'ServiceUnavailable',
        message: 'Upstream unavailable',
        requestId: 'REQ-1',
      }),
    );
    render(<OtaModulesPanel productKey={PK} list={list} canWrite />);
    for (const name of ['default', 'camera', 'storage'])
      expect(
        await within(row(name)).findByText('Unknown (the package list could not be read)'),
      ).toBeInTheDocument();
    expect(screen.queryByText('None')).not.toBeInTheDocument();
    expect(screen.queryByText(/packages?$/)).not.toBeInTheDocument();
    // The module can still be asked to be deleted; the dialog says the count is not known.
    await userEvent.click(within(row('storage')).getByRole('button', { name: 'Delete storage' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('note')).toHaveTextContent(
      'Its update packages could not be counted: if it still has some, the platform will refuse to delete it.',
    );
  });

  it('says it in Chinese too', async () => {
    i18n.activate('zh-CN');
    packagesAnswer(() =>
      apiError(503, { code: 'ServiceUnavailable', message: '', requestId: 'R' }),
    );
    render(<OtaModulesPanel productKey={PK} list={list} canWrite={false} />);
    expect(
      await within(row('camera')).findByText('未知（无法读取升级包列表）'),
    ).toBeInTheDocument();
  });
});
