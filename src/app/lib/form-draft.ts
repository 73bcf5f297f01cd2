/**
 * What a user typed into a form whose save was refused because the session had expired. A form
 * saves a pending draft as it sends; a 401 from the server (api-client) turns pending drafts into
 * refused ones, which the form restores once after sign-in. The draft is written before the request
 * because the 401 sends the page to /login, and the form may be gone before its callbacks run.
 * Drafts live in sessionStorage (this tab only); fields named like a password are never kept.
 */
const DRAFT_PREFIX = 'ota:draft:';
const EXPIRED_KEY = 'ota:session-expired';

export type DraftValues = Record<string, string>;
interface StoredDraft {
  state: 'pending' | 'refused';
  values: DraftValues;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function read(key: string): StoredDraft | null {
  const text = storage()?.getItem(DRAFT_PREFIX + key);
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<StoredDraft> | null;
    if (!parsed || typeof parsed.values !== 'object' || parsed.values === null) return null;
    const values = Object.fromEntries(
      Object.entries(parsed.values).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    return { state: parsed.state === 'refused' ? 'refused' : 'pending', values };
  } catch {
    return null;
  }
}

function write(key: string, draft: StoredDraft) {
  storage()?.setItem(DRAFT_PREFIX + key, JSON.stringify(draft));
}

/** Keeps what is being sent under `key` until the answer is known. */
export function saveDraft(key: string, values: DraftValues): void {
  const kept = Object.fromEntries(
    Object.entries(values).filter(([name]) => !/pass(word)?|secret/i.test(name)),
  );
  write(key, { state: 'pending', values: kept });
}

/** The request was answered (made, or refused for another reason than the session). */
export function discardDraft(key: string): void {
  storage()?.removeItem(DRAFT_PREFIX + key);
}

/** Keys of the drafts refused for an expired session, without the prefix. */
export function refusedDraftKeys(): string[] {
  const store = storage();
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)?.slice(DRAFT_PREFIX.length);
    if (store.key(i)?.startsWith(DRAFT_PREFIX) && key && read(key)?.state === 'refused')
      keys.push(key);
  }
  return keys;
}

/** The values refused for an expired session under `key`, if any (left in place). */
export function peekDraft(key: string): DraftValues | null {
  const draft = read(key);
  return draft?.state === 'refused' ? draft.values : null;
}

/** Called on a 401: the session expired, and whatever was being saved was not made. */
export function markSessionExpired(): void {
  const store = storage();
  if (!store) return;
  store.setItem(EXPIRED_KEY, '1');
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(DRAFT_PREFIX)) continue;
    const draft = read(key.slice(DRAFT_PREFIX.length));
    if (draft?.state === 'pending')
      store.setItem(key, JSON.stringify({ ...draft, state: 'refused' }));
  }
}

/** Whether a request was refused for an expired session since the last sign-in page. */
export function sessionExpiredMarked(): boolean {
  return storage()?.getItem(EXPIRED_KEY) === '1';
}

export function clearSessionExpired(): void {
  storage()?.removeItem(EXPIRED_KEY);
}
