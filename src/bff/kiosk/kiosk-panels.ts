import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { KioskPanel } from '../../shared/contract/kiosk';
import type { KioskLink } from './kiosk-links';

/** A link without products shows this many (the first page of the product list). */
const ALL_PRODUCTS_LIMIT = 6;
/** Product names change rarely: one upstream read serves every screen for this long. */
const PRODUCTS_TTL_MS = 10 * 60_000;

interface ProductName {
  productKey: string;
  productName: string;
}

/**
 * The panels a link shows, titled with product names. The product list is read once per
 * `PRODUCTS_TTL_MS` for all screens, and its last answer is kept for when the upstream is down, so a
 * screen can still start during an outage once the list has been read.
 */
export class KioskPanels {
  private products: { items: ProductName[]; at: number } | null = null;
  private loading: Promise<ProductName[]> | null = null;

  constructor(private readonly app: FastifyInstance) {}

  async of(link: KioskLink | null, request: FastifyRequest): Promise<KioskPanel[]> {
    const configured = link?.panels ?? [];
    const needNames = configured.length === 0 || configured.some((p) => p.productKey);
    const products = needNames ? await this.productNames(request, configured.length > 0) : [];
    if (configured.length === 0)
      return products
        .slice(0, ALL_PRODUCTS_LIMIT)
        .map((p) => ({ title: p.productName, productKey: p.productKey }));
    return configured.map((panel) => {
      const name = products.find((p) => p.productKey === panel.productKey)?.productName;
      return { ...panel, title: name ?? panel.title ?? panel.firmwareId ?? 'Devices' };
    });
  }

  /** Cached names; `optional`: an upstream failure answers no names instead of throwing. */
  private async productNames(request: FastifyRequest, optional: boolean): Promise<ProductName[]> {
    if (this.products && Date.now() - this.products.at < PRODUCTS_TTL_MS)
      return this.products.items;
    this.loading ??= this.app.cloud
      .products(1, 200, { request })
      .then((list) => {
        const items = list.items.map(({ productKey, productName }) => ({
          productKey,
          productName,
        }));
        this.products = { items, at: Date.now() };
        return items;
      })
      .finally(() => {
        this.loading = null;
      });
    try {
      return await this.loading;
    } catch (error) {
      if (this.products) return this.products.items;
      if (optional) return [];
      throw error;
    }
  }
}
