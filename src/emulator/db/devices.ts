import type { Database } from 'better-sqlite3';

import { stmt } from './statements';

export interface DeviceRow {
  id: number;
  product_key: string;
  device_name: string;
  iot_id: string;
  terminal_id: string;
  terminal_num: string;
}

export function findDevices(db: Database, productKey: string, names: string[]): DeviceRow[] {
  if (names.length === 0) return [];
  return stmt(
    db,
    `SELECT * FROM devices WHERE product_key = ? AND device_name IN (${names.map(() => '?').join(', ')})`,
  ).all(productKey, ...names) as DeviceRow[];
}

export function findDeviceByIotId(db: Database, iotId: string): DeviceRow | undefined {
  return stmt(db, 'SELECT * FROM devices WHERE iot_id = ?').get(iotId) as DeviceRow | undefined;
}
