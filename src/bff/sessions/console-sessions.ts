import type { SessionUser } from '../../shared/contract/auth';
import { credentialTag, type UsersSource } from '../auth/users-source';
import type { SessionStore } from './session-store';

export interface SessionLimits {
  /** SESSION_IDLE_MINUTES, in ms. */
  idleMs: number;
  /** SESSION_MAX_HOURS, in ms. */
  maxMs: number;
}

/** The last-seen time is written at most this often, so most requests only read. */
const TOUCH_EVERY_MS = 15_000;

/**
 * Console sign-in sessions, held on the server: the cookie carries only an id. A session is good
 * while its row exists, it is within the idle and absolute limits, and its user is still in the
 * users file with the password hash it signed in with. Anything else ends it for good.
 */
export class ConsoleSessions {
  constructor(
    private readonly store: SessionStore,
    private readonly users: UsersSource,
    readonly limits: SessionLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens a session for a user who just proved their password; answers the id for the cookie. */
  async open(username: string): Promise<string> {
    const user = this.users.find(username);
    if (!user) throw new Error(`no console user ${username}`);
    return this.store.create({ username, credential: credentialTag(user), at: this.now() });
  }

  /** Who this session belongs to now, or null when it has ended (then it is removed). */
  async resolve(id: string): Promise<SessionUser | null> {
    const session = await this.store.find(id);
    if (!session) return null;
    const now = this.now();
    const user = this.users.find(session.username);
    const valid =
      user !== undefined &&
      credentialTag(user) === session.credential &&
      now - session.seenAt <= this.limits.idleMs &&
      now - session.createdAt <= this.limits.maxMs;
    if (!valid) {
      await this.store.revoke(id);
      return null;
    }
    if (now - session.seenAt >= TOUCH_EVERY_MS) await this.store.touch(id, now);
    // The role is read from the users file each time, so a changed role applies at once.
    return { username: user.username, role: user.role };
  }

  async end(id: string): Promise<void> {
    await this.store.revoke(id);
  }

  async purgeExpired(): Promise<number> {
    const now = this.now();
    return this.store.purgeExpired({
      idleSince: now - this.limits.idleMs,
      openedBefore: now - this.limits.maxMs,
    });
  }
}
