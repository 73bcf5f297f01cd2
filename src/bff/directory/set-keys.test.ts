import { expect, it } from 'vitest';

import { deviceSetOf } from '../report/sync/set-key';
import { setNamedBy, setOfKey } from './set-keys';

it('names a set with the report’s own key, the narrowest choice winning', () => {
  for (const filters of [
    { productKey: 'pk1' },
    { productKey: 'pk1', firmwareId: 'fw1' },
    { productKey: 'pk1', firmwareId: 'fw1', jobId: 'job1' },
    { firmwareId: 'fw1' },
  ]) {
    const named = setNamedBy(filters);
    expect(named?.key).toBe(deviceSetOf({ ...filters, count: 'latest' }).key);
    expect(setOfKey(named!.key)).toEqual(named);
  }
  expect(setNamedBy({})).toBeNull();
  expect(setOfKey('pk:')).toBeNull();
  expect(setOfKey('ids:2:abc')).toBeNull();
});
