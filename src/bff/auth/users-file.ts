import { readFileSync, renameSync, writeFileSync } from 'node:fs';

import { z } from 'zod';

export const consoleUserSchema = z.object({
  username: z.string().min(1).max(128),
  passwordHash: z.string().regex(/^\$2[aby]\$\d\d\$/, 'passwordHash must be a bcrypt hash'),
  role: z.enum(['manager', 'viewer']),
});
export type ConsoleUser = z.infer<typeof consoleUserSchema>;

export const usersFileSchema = z.array(consoleUserSchema).min(1, 'needs at least one user');

export function loadUsersFile(file: string): ConsoleUser[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // JSON.parse quotes the text around the fault; the file holds password hashes.
    throw new Error(`${file} is not valid JSON`);
  }
  const parsed = usersFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((i) => `entry ${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  return parsed.data;
}

/** Writes the users file atomically (temp file + rename), readable by its owner only. */
export function saveUsersFile(file: string, users: ConsoleUser[]): void {
  const parsed = usersFileSchema.parse(users);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(parsed, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}
