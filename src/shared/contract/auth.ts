import { z } from 'zod';

export const roleSchema = z.enum(['manager', 'viewer', 'kiosk']);
export type Role = z.infer<typeof roleSchema>;

export const loginInputSchema = z.object({
  username: z.string().trim().min(1, 'Username is required').max(128),
  password: z.string().min(1, 'Password is required').max(1024),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const sessionUserSchema = z.object({
  username: z.string(),
  role: roleSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;
