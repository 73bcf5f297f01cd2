import { normalizeTerminalId, type TerminalMatchRule } from '../../shared/contract/directory';
import type { DirectoryStore, StoredEntry } from './directory-store';

/** An IoT device as the cloud lists it. */
export interface DeviceRef {
  productKey: string;
  deviceName: string;
  iotId?: string;
}

/** A report terminal, with the device it is when the directory (or the rule) knows it. */
export interface TerminalRef {
  terminalId: string;
  deviceName: string | null;
  productKey: string | null;
}

export interface TerminalsFor {
  matched: Array<{ productKey: string; deviceName: string; terminalId: string }>;
  /** Devices with no report terminal under the directory and the rule. */
  unmatched: DeviceRef[];
}

/** Unmatched devices the report names (it counts them all). */
export const REPORT_NAMED = 20;

const key = (productKey: string, deviceName: string) => `${productKey}\u0000${deviceName}`;

/**
 * The device ↔ terminal directory: imported entries first, then `REPORT_TERMINAL_MATCH` for the
 * devices they do not name. The report resolves device sets and pasted ids through this alone.
 */
export class Directory {
  constructor(
    readonly store: DirectoryStore,
    readonly rule: TerminalMatchRule,
  ) {}

  /** The report terminals of these devices, and the devices that have none. */
  async terminalsFor(devices: readonly DeviceRef[]): Promise<TerminalsFor> {
    const entries = new Map(
      (await this.store.byDevices(devices)).map((e) => [key(e.productKey, e.deviceName), e]),
    );
    const matched: TerminalsFor['matched'] = [];
    const rest: DeviceRef[] = [];
    for (const device of devices) {
      const entry = entries.get(key(device.productKey, device.deviceName));
      if (entry) matched.push({ ...pick(device), terminalId: entry.terminalId });
      else rest.push(device);
    }
    const unmatched: DeviceRef[] = [];
    if (this.rule === 'terminalNum') {
      const byNum = new Map<string, StoredEntry>();
      for (const e of await this.store.byTerminalNums(rest.map((d) => d.deviceName)))
        if (e.terminalNum !== null) byNum.set(e.terminalNum, e);
      for (const device of rest) {
        const entry = byNum.get(device.deviceName);
        if (entry) matched.push({ ...pick(device), terminalId: entry.terminalId });
        else unmatched.push(device);
      }
    } else {
      for (const device of rest) {
        const terminalId =
          this.rule === 'deviceName'
            ? device.deviceName
            : this.rule === 'iotId'
              ? device.iotId
              : undefined;
        if (terminalId)
          matched.push({ ...pick(device), terminalId: normalizeTerminalId(terminalId) });
        else unmatched.push(device);
      }
    }
    return { matched, unmatched };
  }

  /**
   * What a person typed in the report's device field: device names (as the directory, or the
   * `terminalNum` rule, knows them), terminal ids in any letter case, or terminal numbers. A value
   * the directory does not know is passed on as a terminal id; the report API then says whether it
   * knows it.
   */
  async resolveTyped(values: readonly string[]): Promise<TerminalRef[]> {
    const byName = groupBy(await this.store.byDeviceNames(values), (e) => e.deviceName);
    const normalized = values.map(normalizeTerminalId);
    const byTerminal = new Map(
      (await this.store.byTerminalIds(normalized)).map((e) => [e.terminalId, e]),
    );
    const byNum = groupBy(await this.store.byTerminalNums(values), (e) => e.terminalNum ?? '');
    const out = new Map<string, TerminalRef>();
    const add = (ref: TerminalRef) => {
      if (!out.has(ref.terminalId) || ref.deviceName) out.set(ref.terminalId, ref);
    };
    values.forEach((value, i) => {
      const terminalId = normalized[i] ?? value;
      const named = byName.get(value) ?? byNum.get(value);
      if (named) for (const e of named) add(refOf(e));
      else {
        const entry = byTerminal.get(terminalId);
        add(entry ? refOf(entry) : { terminalId, deviceName: null, productKey: null });
      }
    });
    return [...out.values()];
  }

  /** A report device set's terminals; what has none is noted for the report to show. */
  async terminalsOfSet(setKey: string, devices: readonly DeviceRef[]): Promise<string[]> {
    const { matched, unmatched } = await this.terminalsFor(devices);
    await this.store.notes.replace(setKey, unmatched.map(pick), []);
    return [...new Set(matched.map((m) => m.terminalId))];
  }

  /**
   * The terminals of typed names and ids, less those the report API does not know (`unknown`
   * asks it); those are noted for the report to list.
   */
  async typedTerminalsOfSet(
    setKey: string,
    typed: readonly string[],
    unknown: (terminalIds: string[]) => Promise<string[]>,
  ): Promise<string[]> {
    const ids = (await this.resolveTyped(typed)).map((ref) => ref.terminalId);
    const refused = new Set(await unknown(ids));
    await this.store.notes.replace(setKey, [], [...refused]);
    return ids.filter((id) => !refused.has(id));
  }

  /**
   * What the report shows beside its figures: how many devices have no terminal and the first
   * REPORT_NAMED of them by name (the devices directory lists them all), unknown ids.
   */
  async notesOf(setKey: string) {
    const note = await this.store.notes.noteOf(setKey);
    const named = note?.unmatchedCount
      ? await this.store.notes.unmatched({ setKey, offset: 0, limit: REPORT_NAMED })
      : undefined;
    return {
      ...(note?.unmatchedCount && named
        ? { unmatched: { count: note.unmatchedCount, devices: named.items } }
        : {}),
      ...(note?.unknownIds.length ? { unknownIds: note.unknownIds } : {}),
    };
  }

  /** terminalId → device name, where the directory knows it. */
  async deviceNamesOf(terminalIds: readonly string[]): Promise<Map<string, string>> {
    const entries = await this.store.byTerminalIds(terminalIds);
    return new Map(entries.map((e) => [e.terminalId, e.deviceName]));
  }

  /** The devices these terminals are, where the directory knows them. */
  async devicesOf(terminalIds: readonly string[]): Promise<Map<string, TerminalRef>> {
    const entries = await this.store.byTerminalIds(terminalIds);
    return new Map(entries.map((e) => [e.terminalId, refOf(e)]));
  }
}

const pick = (device: DeviceRef) => ({
  productKey: device.productKey,
  deviceName: device.deviceName,
});

const refOf = (e: StoredEntry): TerminalRef => ({
  terminalId: e.terminalId,
  deviceName: e.deviceName,
  productKey: e.productKey,
});

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
