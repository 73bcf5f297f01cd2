import type { Database } from 'better-sqlite3';

import type { FirmwareInfo, FirmwareStatus, SimpleFirmwareInfo } from '../../shared/cloud';
import { business } from '../rpc/errors';
import { utcIso } from '../time';
import { stmt } from './statements';

export interface FirmwareRow {
  firmware_id: string;
  product_key: string;
  module_name: string;
  firmware_name: string;
  firmware_desc: string;
  src_version: string;
  dest_version: string;
  sign: string;
  sign_method: string;
  size: number;
  url: string;
  status: number;
  type: number;
  utc_create: number;
  utc_modified: number;
  product_name: string;
}

const SELECT =
  'SELECT f.*, p.product_name FROM firmware f JOIN products p ON p.product_key = f.product_key';

export function toSimpleFirmware(row: FirmwareRow): SimpleFirmwareInfo {
  return {
    FirmwareId: row.firmware_id,
    FirmwareName: row.firmware_name,
    FirmwareDesc: row.firmware_desc,
    FirmwareSign: row.sign,
    FirmwareSize: row.size,
    SignMethod: row.sign_method,
    SrcVersion: row.src_version,
    DestVersion: row.dest_version,
    ModuleName: row.module_name,
    ProductKey: row.product_key,
    ProductName: row.product_name,
    Status: row.status as FirmwareStatus,
    Type: row.type,
    UtcCreate: utcIso(row.utc_create),
    UtcModified: utcIso(row.utc_modified),
  };
}

export function toFirmwareInfo(row: FirmwareRow): FirmwareInfo {
  return {
    ...toSimpleFirmware(row),
    FirmwareUrl: row.url,
    Udi: '',
    VerifyProgress: row.status === 1 ? 100 : 0,
  };
}

export function requireFirmware(
  db: Database,
  firmwareId: string,
  productKey?: string,
): FirmwareRow {
  const row = stmt(db, `${SELECT} WHERE f.firmware_id = ?`).get(firmwareId) as
    FirmwareRow | undefined;
  if (!row || (productKey !== undefined && row.product_key !== productKey))
    throw business.firmwareNotFound(firmwareId);
  return row;
}

export interface FirmwareFilter {
  productKey?: string;
  destVersion?: string;
}

/** Newest first. */
export function listFirmware(db: Database, filter: FirmwareFilter, offset: number, limit: number) {
  const clauses: string[] = [];
  const args: string[] = [];
  if (filter.productKey !== undefined) {
    clauses.push('f.product_key = ?');
    args.push(filter.productKey);
  }
  if (filter.destVersion !== undefined) {
    clauses.push('f.dest_version = ?');
    args.push(filter.destVersion);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const total = (
    stmt(db, `SELECT COUNT(*) AS n FROM firmware f ${where}`).get(...args) as { n: number }
  ).n;
  const rows = stmt(db, `${SELECT} ${where} ORDER BY f.id DESC LIMIT ? OFFSET ?`).all(
    ...args,
    limit,
    offset,
  ) as FirmwareRow[];
  return { total, rows };
}
