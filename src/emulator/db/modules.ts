import type { Database } from 'better-sqlite3';

import type { OtaModuleDto } from '../../shared/cloud';
import { gmtMinute } from '../time';
import { stmt } from './statements';

export interface ModuleRow {
  id: number;
  product_key: string;
  module_name: string;
  alias_name: string;
  description: string;
  is_default: number;
  gmt_create: number;
  gmt_modified: number;
}

export function toModuleDto(row: ModuleRow): OtaModuleDto {
  return {
    ProductKey: row.product_key,
    ModuleName: row.module_name,
    AliasName: row.alias_name,
    Desc: row.description,
    GmtCreate: gmtMinute(row.gmt_create),
    GmtModified: gmtMinute(row.gmt_modified),
  };
}

/** The default module first, then custom modules in creation order. */
export function listModules(db: Database, productKey: string): ModuleRow[] {
  return stmt(db, 'SELECT * FROM modules WHERE product_key = ? ORDER BY is_default DESC, id').all(
    productKey,
  ) as ModuleRow[];
}

/** Module names match ignoring letter case. */
export function findModule(db: Database, productKey: string, name: string): ModuleRow | undefined {
  return stmt(db, 'SELECT * FROM modules WHERE product_key = ? AND name_lc = ?').get(
    productKey,
    name.toLowerCase(),
  ) as ModuleRow | undefined;
}

export function countCustomModules(db: Database, productKey: string): number {
  return (
    stmt(db, 'SELECT COUNT(*) AS n FROM modules WHERE product_key = ? AND is_default = 0').get(
      productKey,
    ) as { n: number }
  ).n;
}

export function insertModule(
  db: Database,
  productKey: string,
  name: string,
  alias: string,
  desc: string,
  now: number,
): void {
  stmt(
    db,
    `INSERT INTO modules (product_key, module_name, name_lc, alias_name, description, is_default, gmt_create, gmt_modified)
     VALUES (?, ?, ?, ?, ?, 0, ?, ?)`,
  ).run(productKey, name, name.toLowerCase(), alias, desc, now, now);
}

export function updateModule(
  db: Database,
  id: number,
  alias: string,
  desc: string,
  now: number,
): void {
  stmt(db, 'UPDATE modules SET alias_name = ?, description = ?, gmt_modified = ? WHERE id = ?').run(
    alias,
    desc,
    now,
    id,
  );
}

export function deleteModule(db: Database, id: number): void {
  stmt(db, 'DELETE FROM modules WHERE id = ?').run(id);
}

export function moduleHasFirmware(db: Database, productKey: string, moduleName: string): boolean {
  return Boolean(
    stmt(db, 'SELECT 1 FROM firmware WHERE product_key = ? AND module_name = ? LIMIT 1').get(
      productKey,
      moduleName,
    ),
  );
}
