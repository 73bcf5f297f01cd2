import { describe, expect, it } from 'vitest';

import type { OtaModule } from '../../../../shared/contract/ota-modules';
import { DEFAULT_MODULE_SORT, filterAndSortModules, nextSort } from './module-view';

const mod = (
  moduleName: string,
  aliasName: string,
  desc: string,
  gmtCreate: string | null,
): OtaModule => ({
  productKey: 'pk',
  moduleName,
  aliasName,
  desc,
  gmtCreate,
  gmtModified: gmtCreate,
  isDefault: moduleName === 'default',
});

const modules = [
  mod('modem', 'LTE', 'Cellular modem', '2025-01-03T00:00:00.000Z'),
  mod('ble', 'BLE-radio', 'Bluetooth', '2025-01-01T00:00:00.000Z'),
  mod('default', '', 'Whole-device firmware', null),
  mod('Audio', 'Buzzer', 'Alerts', '2025-01-02T00:00:00.000Z'),
  mod('m10', '', '', '2025-01-05T00:00:00.000Z'),
  mod('m9', '', '', '2025-01-04T00:00:00.000Z'),
];
const names = (list: OtaModule[]) => list.map((m) => m.moduleName);

describe('filterAndSortModules', () => {
  it('sorts by name ignoring case, numbers in order', () => {
    expect(names(filterAndSortModules(modules, '', DEFAULT_MODULE_SORT))).toEqual([
      'Audio',
      'ble',
      'default',
      'm9',
      'm10',
      'modem',
    ]);
  });

  it('sorts by date, newest first after one click', () => {
    const sort = nextSort(DEFAULT_MODULE_SORT, 'gmtCreate');
    expect(sort).toEqual({ key: 'gmtCreate', direction: 'desc' });
    expect(names(filterAndSortModules(modules, '', sort))).toEqual([
      'm10',
      'm9',
      'modem',
      'Audio',
      'ble',
      'default',
    ]);
  });

  it('reverses on a second click on the same column', () => {
    expect(nextSort(DEFAULT_MODULE_SORT, 'moduleName')).toEqual({
      key: 'moduleName',
      direction: 'desc',
    });
  });

  it('filters on name, alias and description, ignoring case and surrounding spaces', () => {
    expect(names(filterAndSortModules(modules, '  RADIO ', DEFAULT_MODULE_SORT))).toEqual(['ble']);
    expect(names(filterAndSortModules(modules, 'modem', DEFAULT_MODULE_SORT))).toEqual(['modem']);
    expect(names(filterAndSortModules(modules, 'buzz', DEFAULT_MODULE_SORT))).toEqual(['Audio']);
    expect(filterAndSortModules(modules, 'nothing-like-this', DEFAULT_MODULE_SORT)).toEqual([]);
  });

  it('leaves the input list alone', () => {
    const before = names(modules);
    filterAndSortModules(modules, '', { key: 'moduleName', direction: 'desc' });
    expect(names(modules)).toEqual(before);
  });
});
