import { z } from 'zod';

export const productKeySchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Invalid product key');

export const productSchema = z.object({
  productKey: productKeySchema,
  productName: z.string(),
  nodeType: z.string().optional(),
  description: z.string().optional(),
  gmtCreate: z.string().optional(),
});
export type Product = z.infer<typeof productSchema>;

export const productListSchema = z.object({
  items: z.array(productSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ProductList = z.infer<typeof productListSchema>;

export const productListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ProductListQuery = z.infer<typeof productListQuerySchema>;

export const productParamsSchema = z.object({ productKey: productKeySchema });
