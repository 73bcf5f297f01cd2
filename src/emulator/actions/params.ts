import { business } from '../rpc/errors';

const PRODUCT_KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export interface Paging {
  page: number;
  size: number;
  offset: number;
}

export interface PagingRule {
  maxPageSize: number;
  defaultPageSize: number;
  /** ListOTATaskByJob: CurrentPage × PageSize must not exceed this. */
  maxWindow?: number;
}

/** Typed access to the decoded request parameters of one RPC call. */
export class Params {
  constructor(readonly raw: Readonly<Record<string, string>>) {}

  /** The first present spelling wins (e.g. `FirmwareId`, then Tuya's `FirmwareID`). */
  get(name: string, ...aliases: string[]): string | undefined {
    for (const key of [name, ...aliases]) {
      const value = this.raw[key];
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** Absent and empty are the same for optional fields. */
  optional(name: string, ...aliases: string[]): string | undefined {
    const value = this.get(name, ...aliases);
    return value === undefined || value === '' ? undefined : value;
  }

  required(name: string, ...aliases: string[]): string {
    const value = this.optional(name, ...aliases);
    if (value === undefined) throw business.requiredParameter(name);
    return value;
  }

  productKey(): string {
    const value = this.optional('ProductKey');
    if (value === undefined) throw business.nullProductKey();
    if (!PRODUCT_KEY_PATTERN.test(value)) throw business.invalidProductKey();
    return value;
  }

  /** `Prefix.1`, `Prefix.2`, … in index order (RepeatList). */
  list(prefix: string, ...aliases: string[]): string[] | undefined {
    for (const name of [prefix, ...aliases]) {
      const pattern = new RegExp(`^${name.replace('.', '\\.')}\\.(\\d+)$`);
      const entries: Array<[number, string]> = [];
      for (const [key, value] of Object.entries(this.raw)) {
        const match = pattern.exec(key);
        if (match) entries.push([Number(match[1]), value]);
      }
      if (entries.length > 0) return entries.sort((a, b) => a[0] - b[0]).map(([, value]) => value);
    }
    return undefined;
  }

  bool(name: string): boolean | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    if (/^true$/i.test(value)) return true;
    if (/^false$/i.test(value)) return false;
    throw business.invalidParameter(`${name} must be true or false.`);
  }

  paging(rule: PagingRule): Paging {
    const page = this.positiveInt('CurrentPage', 1);
    const size = this.positiveInt('PageSize', rule.defaultPageSize);
    if (size > rule.maxPageSize)
      throw business.pageParams(`PageSize must be between 1 and ${rule.maxPageSize}.`);
    if (rule.maxWindow !== undefined && page * size > rule.maxWindow) {
      throw business.pageParams(`CurrentPage × PageSize must not exceed ${rule.maxWindow}.`);
    }
    return { page, size, offset: (page - 1) * size };
  }

  private positiveInt(name: string, fallback: number): number {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if (!/^\d{1,9}$/.test(value) || Number(value) < 1)
      throw business.pageParams(`${name} must be a positive integer.`);
    return Number(value);
  }
}

export function pagingFields(paging: Paging, total: number) {
  return {
    CurrentPage: paging.page,
    PageSize: paging.size,
    PageCount: Math.ceil(total / paging.size),
    Total: total,
  };
}
