import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';

import { type ConsoleUser, loadUsersFile } from './users-file';

/** The console's users as they are now: sign-in and every session check ask it. */
export interface UsersSource {
  find(username: string): ConsoleUser | undefined;
}

/** Ties a session to the password hash it was opened with, without storing the hash itself. */
export function credentialTag(user: ConsoleUser): string {
  return createHash('sha256').update(user.passwordHash).digest('base64url');
}

export function fixedUsers(users: readonly ConsoleUser[]): UsersSource {
  return { find: (username) => users.find((user) => user.username === username) };
}

interface Logger {
  error(object: object, message: string): void;
  info(object: object, message: string): void;
}

/**
 * CONSOLE_USERS_FILE, re-read whenever it changes (a cheap stat per lookup: inode, size, mtime), so
 * removing a user or changing a hash takes effect on that user's next request. A file that becomes
 * unreadable or invalid is logged and the last good list stays in force.
 */
export function watchedUsersFile(
  file: string,
  initial: readonly ConsoleUser[],
  log: Logger,
): UsersSource {
  let users = initial;
  let stamp = fileStamp(file);
  return {
    find(username) {
      const now = fileStamp(file);
      if (now !== stamp) {
        stamp = now;
        try {
          users = loadUsersFile(file);
          log.info({ users: { file, count: users.length } }, 'console users file re-read');
        } catch (error) {
          log.error(
            { users: { file, problem: (error as Error).message } },
            'console users file is not valid; the previous list stays in force',
          );
        }
      }
      return users.find((user) => user.username === username);
    },
  };
}

function fileStamp(file: string): string {
  try {
    const stat = statSync(file, { bigint: true });
    return `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
  } catch {
    return 'missing';
  }
}
