/** Bump when the tables change: an older file is then reseeded instead of migrated. */
export const SCHEMA_VERSION = '2';

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS products (
  product_key TEXT PRIMARY KEY,
  product_name TEXT NOT NULL,
  description TEXT NOT NULL,
  node_type INTEGER NOT NULL,
  data_format INTEGER NOT NULL,
  auth_type TEXT NOT NULL,
  commodity_code TEXT NOT NULL,
  gmt_create INTEGER NOT NULL,
  seq INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS modules (
  id INTEGER PRIMARY KEY,
  product_key TEXT NOT NULL,
  module_name TEXT NOT NULL,
  name_lc TEXT NOT NULL,
  alias_name TEXT NOT NULL,
  description TEXT NOT NULL,
  is_default INTEGER NOT NULL,
  gmt_create INTEGER NOT NULL,
  gmt_modified INTEGER NOT NULL,
  UNIQUE (product_key, name_lc)
);

CREATE TABLE IF NOT EXISTS devices (
  id INTEGER PRIMARY KEY,
  product_key TEXT NOT NULL,
  device_name TEXT NOT NULL,
  iot_id TEXT NOT NULL UNIQUE,
  terminal_id TEXT NOT NULL UNIQUE,
  terminal_num TEXT NOT NULL,
  UNIQUE (product_key, device_name)
);

CREATE TABLE IF NOT EXISTS firmware (
  id INTEGER PRIMARY KEY,
  firmware_id TEXT NOT NULL UNIQUE,
  product_key TEXT NOT NULL,
  module_name TEXT NOT NULL,
  firmware_name TEXT NOT NULL,
  firmware_desc TEXT NOT NULL,
  src_version TEXT NOT NULL,
  dest_version TEXT NOT NULL,
  sign TEXT NOT NULL,
  sign_method TEXT NOT NULL,
  size INTEGER NOT NULL,
  url TEXT NOT NULL,
  status INTEGER NOT NULL,
  type INTEGER NOT NULL,
  utc_create INTEGER NOT NULL,
  utc_modified INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS firmware_product ON firmware (product_key, module_name);

CREATE TABLE IF NOT EXISTS jobs (
  id INTEGER PRIMARY KEY,
  job_id TEXT NOT NULL UNIQUE,
  firmware_id TEXT NOT NULL,
  product_key TEXT NOT NULL,
  job_status TEXT NOT NULL,
  job_type TEXT NOT NULL,
  selection_type TEXT NOT NULL,
  target_selection TEXT NOT NULL,
  name TEXT NOT NULL,
  job_desc TEXT NOT NULL,
  dest_version TEXT NOT NULL,
  src_versions TEXT NOT NULL,
  need_confirm INTEGER NOT NULL,
  need_push INTEGER NOT NULL,
  timeout_minutes INTEGER,
  retry_count INTEGER,
  retry_interval INTEGER,
  maximum_per_minute INTEGER NOT NULL,
  tags TEXT NOT NULL,
  utc_create INTEGER NOT NULL,
  utc_modified INTEGER NOT NULL,
  utc_start INTEGER NOT NULL,
  utc_end INTEGER,
  utc_schedule INTEGER,
  utc_schedule_finish INTEGER
);
CREATE INDEX IF NOT EXISTS jobs_firmware ON jobs (firmware_id);

CREATE TABLE IF NOT EXISTS tasks (
  id INTEGER PRIMARY KEY,
  task_id TEXT NOT NULL UNIQUE,
  job_id TEXT NOT NULL,
  firmware_id TEXT NOT NULL,
  product_key TEXT NOT NULL,
  device_id INTEGER NOT NULL,
  device_name TEXT NOT NULL,
  module_name TEXT NOT NULL,
  src_version TEXT NOT NULL,
  dest_version TEXT NOT NULL,
  task_status TEXT NOT NULL,
  progress INTEGER NOT NULL,
  task_desc TEXT NOT NULL,
  timeout_minutes INTEGER,
  utc_create INTEGER NOT NULL,
  utc_modified INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tasks_job ON tasks (job_id);
CREATE INDEX IF NOT EXISTS tasks_job_status ON tasks (job_id, task_status);
CREATE INDEX IF NOT EXISTS tasks_job_device ON tasks (job_id, device_name);
CREATE INDEX IF NOT EXISTS tasks_firmware ON tasks (firmware_id);
CREATE INDEX IF NOT EXISTS tasks_firmware_status ON tasks (firmware_id, task_status);
CREATE INDEX IF NOT EXISTS tasks_firmware_device ON tasks (firmware_id, device_name);
CREATE INDEX IF NOT EXISTS tasks_device ON tasks (device_id, task_status);
CREATE INDEX IF NOT EXISTS tasks_status ON tasks (task_status);

CREATE TABLE IF NOT EXISTS upgrade_infos (id INTEGER PRIMARY KEY, text TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS reports (
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL,
  task_id INTEGER,
  info_id INTEGER NOT NULL,
  status INTEGER NOT NULL,
  send_time INTEGER NOT NULL,
  date_time INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_device_time ON reports (device_id, send_time);
CREATE INDEX IF NOT EXISTS reports_task ON reports (task_id) WHERE task_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS report_tokens (
  token TEXT PRIMARY KEY,
  user_name TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
`;

export const DATA_TABLES = [
  'products',
  'modules',
  'devices',
  'firmware',
  'jobs',
  'tasks',
  'upgrade_infos',
  'reports',
  'report_tokens',
] as const;
