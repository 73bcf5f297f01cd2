/** The directory's table, merged into the BFF's `Database` (see src/bff/db/schema.ts). */
export interface DirectoryEntriesTable {
  product_key: string;
  device_name: string;
  terminal_id: string;
  terminal_num: string | null;
  /** ISO time of the import that wrote the row. */
  updated_at: string;
  /** Who imported it (a console user, `shell:<user>`, or `demo`). */
  updated_by: string;
}

/** Per report device set: how many devices the last resolution found no terminal for, unknown ids. */
export interface DirectorySetNotesTable {
  set_key: string;
  unmatched_count: number;
  /** JSON: typed ids the report API does not know. */
  unknown_ids: string;
  noted_at: string;
}

/** Every device of a set that had no report terminal at the set's last resolution. */
export interface DirectoryUnmatchedTable {
  set_key: string;
  product_key: string;
  device_name: string;
}

declare module '../db/schema' {
  interface Database {
    directory_entries: DirectoryEntriesTable;
    directory_set_notes: DirectorySetNotesTable;
    directory_unmatched: DirectoryUnmatchedTable;
  }
}
