import { describe, expect, it } from 'vitest';

import type { ActionHandler } from './action';
import { ACTIONS } from './index';

/*
 * Type-level proofs, checked by `npm run typecheck` (these lines are compiled, never run): a handler
 * whose reply drifts from its vendor type in shared/cloud does not compile. If ActionHandler ever
 * loosened, the `@ts-expect-error` lines would become unused and the typecheck would fail.
 */
// @ts-expect-error ListOTAModuleByProduct must answer `Data` (the module list)
export const missingData: ActionHandler<'ListOTAModuleByProduct'> = () => ({});

export const wrongPaging: ActionHandler<'ListOTAJobByFirmware'> = () => ({
  // @ts-expect-error Total is a number in the vendor reply
  Total: '3',
  CurrentPage: 1,
  PageSize: 10,
  PageCount: 1,
  Data: { SimpleOTAJobInfo: [] },
});

export const wrongItem: ActionHandler<'ListOTAFirmware'> = () => ({
  Total: 1,
  CurrentPage: 1,
  PageSize: 10,
  PageCount: 1,
  // @ts-expect-error a firmware item lacks every vendor field
  FirmwareInfo: { SimpleFirmwareInfo: [{ FirmwareId: 'x' }] },
});

describe('ActionHandler typing', () => {
  it('serves exactly the Actions that shared/cloud types', () => {
    expect(Object.keys(ACTIONS).sort()).toContain('ListOTATaskByJob');
  });
});
