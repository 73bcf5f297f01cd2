import type { Database } from 'better-sqlite3';

import type { ProductInfo } from '../../shared/cloud';
import { business } from '../rpc/errors';
import { stmt } from './statements';

export interface ProductRow {
  product_key: string;
  product_name: string;
  description: string;
  node_type: number;
  data_format: number;
  auth_type: string;
  commodity_code: string;
  gmt_create: number;
}

export function toProductInfo(row: ProductRow, deviceCount: number): ProductInfo {
  return {
    ProductKey: row.product_key,
    ProductName: row.product_name,
    DeviceCount: deviceCount,
    GmtCreate: row.gmt_create,
    NodeType: row.node_type,
    DataFormat: row.data_format,
    AuthType: row.auth_type,
    Description: row.description,
  };
}

export function findProduct(db: Database, productKey: string): ProductRow | undefined {
  return stmt(db, 'SELECT * FROM products WHERE product_key = ?').get(productKey) as
    ProductRow | undefined;
}

export function requireProduct(db: Database, productKey: string): ProductRow {
  const row = findProduct(db, productKey);
  if (!row) throw business.productNotFound(productKey);
  return row;
}

export function countDevices(db: Database, productKey: string): number {
  return (
    stmt(db, 'SELECT COUNT(*) AS n FROM devices WHERE product_key = ?').get(productKey) as {
      n: number;
    }
  ).n;
}

export function listProducts(db: Database, offset: number, limit: number, commodityCode?: string) {
  const where = commodityCode ? 'WHERE commodity_code = ?' : '';
  const args = commodityCode ? [commodityCode] : [];
  const total = (
    stmt(db, `SELECT COUNT(*) AS n FROM products ${where}`).get(...args) as { n: number }
  ).n;
  const rows = stmt(db, `SELECT * FROM products ${where} ORDER BY seq LIMIT ? OFFSET ?`).all(
    ...args,
    limit,
    offset,
  ) as ProductRow[];
  return { total, items: rows.map((row) => toProductInfo(row, countDevices(db, row.product_key))) };
}
