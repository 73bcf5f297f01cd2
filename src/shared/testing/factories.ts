import type { AuditEvent } from '../contract/audit';
import type { Firmware, UpgradeJob } from '../contract/firmware';
import type { OtaModule } from '../contract/ota-modules';
import type { Product } from '../contract/products';
import type { ReportStuckReady, StuckDevice } from '../contract/report-stuck';
import type { ReportReady, ReportRow, StatusCounts } from '../contract/reports';
import type {
  CancelPreview,
  CancelPreviewItem,
  CancelResult,
  CancelResultItem,
  UpgradeTask,
} from '../contract/upgrade-tasks';

/**
 * Contract-shaped test data for every layer (app component tests and MSW handlers, BFF and
 * emulator tests): each factory gives a valid default and takes overrides.
 */

const AT = '2026-11-22T08:00:00.000Z';

export const productFactory = (overrides: Partial<Product> = {}): Product => ({
  productKey: 'a1AssetTrk1',
  productName: 'Asset Tracker T1',
  nodeType: 'DEVICE',
  description: 'GPS tracker',
  gmtCreate: AT,
  ...overrides,
});

export const otaModuleFactory = (overrides: Partial<OtaModule> = {}): OtaModule => ({
  productKey: 'a1AssetTrk1',
  moduleName: 'ble',
  aliasName: 'Bluetooth',
  desc: '',
  gmtCreate: AT,
  gmtModified: AT,
  isDefault: false,
  ...overrides,
});

export const firmwareFactory = (overrides: Partial<Firmware> = {}): Firmware => ({
  firmwareId: 'fwT1main240',
  firmwareName: 'T1-main-2.4.0',
  productKey: 'a1AssetTrk1',
  moduleName: 'default',
  srcVersion: '2.3.0',
  destVersion: '2.4.0',
  status: 'verified',
  utcCreate: AT,
  ...overrides,
});

export const upgradeJobFactory = (overrides: Partial<UpgradeJob> = {}): UpgradeJob => ({
  jobId: 'job240a',
  firmwareId: 'fwT1main240',
  jobStatus: 'IN_PROGRESS',
  jobType: 'STATIC_JOB',
  targetSelection: 'SPECIFIC',
  tags: [],
  utcCreate: AT,
  utcStart: AT,
  utcEnd: null,
  ...overrides,
});

export const upgradeTaskFactory = (overrides: Partial<UpgradeTask> = {}): UpgradeTask => ({
  taskId: 'task-1',
  jobId: 'job240a',
  firmwareId: 'fwT1main240',
  deviceName: 'dev-1',
  status: 'QUEUED',
  progress: 0,
  desc: '',
  utcModified: AT,
  ...overrides,
});

/** A preview of the named devices; names starting with `busy-` are already upgrading. */
export function cancelPreviewFactory(deviceNames: string[]): CancelPreview {
  const items: CancelPreviewItem[] = deviceNames.map((deviceName) =>
    deviceName.startsWith('busy-')
      ? { deviceName, verdict: 'inProgress', taskStatus: 'IN_PROGRESS', jobId: 'job240a' }
      : { deviceName, verdict: 'cancellable', taskStatus: 'QUEUED', jobId: 'job240a' },
  );
  const count = (verdict: CancelPreviewItem['verdict']) =>
    items.filter((item) => item.verdict === verdict).length;
  return {
    items,
    counts: {
      cancellable: count('cancellable'),
      inProgress: count('inProgress'),
      done: count('done'),
      notFound: count('notFound'),
    },
  };
}

/** The result of cancelling the named devices (one batch); `busy-` devices are not cancellable. */
export function cancelResultFactory(deviceNames: string[]): CancelResult {
  const items: CancelResultItem[] = cancelPreviewFactory(deviceNames).items.map((item) => ({
    deviceName: item.deviceName,
    taskStatus: item.taskStatus,
    verdict: item.verdict,
    outcome: item.verdict === 'cancellable' ? 'cancelled' : 'notCancellable',
    batch: item.verdict === 'cancellable' ? 0 : null,
  }));
  const count = (outcome: CancelResultItem['outcome']) =>
    items.filter((item) => item.outcome === outcome).length;
  return {
    items,
    batches: [{ batch: 0, deviceCount: count('cancelled'), ok: true, requestId: 'REQ-CANCEL-0' }],
    counts: {
      cancelled: count('cancelled'),
      notCancellable: count('notCancellable'),
      failed: count('failed'),
    },
  };
}

export const statusCountsFactory = (overrides: Partial<StatusCounts> = {}): StatusCounts => ({
  sendFailed: 3,
  waiting: 40,
  downloading: 12,
  succeeded: 900,
  failed: 45,
  ...overrides,
});

export const reportRowFactory = (overrides: Partial<ReportRow> = {}): ReportRow => ({
  terminalId: 'T0001',
  terminalNum: 'SN-0001',
  status: 3,
  version: '2.4.0',
  url: 'https://example.invalid/fw.bin',
  protocol: 'https',
  mode: 'full',
  upgradeInfoRaw: null,
  sendTime: AT,
  updateTime: AT,
  ...overrides,
});

export function reportReadyFactory(overrides: Partial<ReportReady> = {}): ReportReady {
  const counts = overrides.counts ?? statusCountsFactory();
  const selected = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const items = overrides.rows?.items ?? [reportRowFactory()];
  return {
    state: 'ready',
    generatedAt: AT,
    from: '2026-11-15T08:00:00.000Z',
    to: AT,
    count: 'latest',
    bucket: 'day',
    devices: selected,
    devicesWithRecords: selected,
    records: selected,
    selected,
    counts,
    timeline: [{ at: '2026-11-21T00:00:00.000Z', ...counts }],
    rows: { items, total: items.length, page: 1, pageSize: 25 },
    ...overrides,
  };
}

export const auditEventFactory = (overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  id: 1,
  at: AT,
  username: 'manager',
  role: 'manager',
  action: 'ota-module.create',
  method: 'POST',
  route: '/api/products/:productKey/modules',
  parameters: { productKey: 'a1AssetTrk1', moduleName: 'ble' },
  outcome: 'success',
  statusCode: 201,
  errorCode: null,
  requestId: 'REQ-1',
  upstreamRequestIds: ['UP-1'],
  ...overrides,
});

export const stuckDeviceFactory = (overrides: Partial<StuckDevice> = {}): StuckDevice => ({
  deviceName: 'tracker-0001',
  terminalId: '0123456789ABCDEF0123456789ABCDEF',
  terminalNum: 'SN-0001',
  status: 1,
  since: '2026-11-20T08:00:00.000Z',
  stuckSeconds: 2 * 86_400 + 4 * 3600,
  ...overrides,
});

export function reportStuckFactory(overrides: Partial<ReportStuckReady> = {}): ReportStuckReady {
  const items = overrides.items ?? [stuckDeviceFactory()];
  return {
    state: 'ready',
    hours: 6,
    syncedAt: AT,
    total: items.length,
    page: 1,
    pageSize: 25,
    items,
    ...overrides,
  };
}
