import { EARLY_ANSWER_ATTRIBUTE } from '../../shared/app-shell/early-answers';

interface EarlyAnswer {
  /** The parsed body of a good answer; undefined for a refusal or a failure. */
  value: unknown;
  arrived: boolean;
  answer: Promise<unknown>;
  askedAt: number;
}

/** An answer older than this is no longer this page's first view: the query asks again. */
const FRESH_MS = 10_000;
const answers = new Map<string, EarlyAnswer>();

/**
 * Takes up the API answers the shell preloads for this page (links marked with
 * EARLY_ANSWER_ATTRIBUTE), first thing in main.tsx: the same URL, mode and credentials as the app's
 * fetch, so the browser hands the preloaded answer over. A list whose answer has arrived by its
 * first render draws its rows in that render (`arrivedAnswer`), instead of a loader first.
 */
export function askEarlyAnswers(doc: Document = document, now = () => performance.now()) {
  const links = doc.querySelectorAll<HTMLLinkElement>(
    `link[rel="preload"][as="fetch"][${EARLY_ANSWER_ATTRIBUTE}]`,
  );
  for (const link of links) {
    const href = link.getAttribute('href');
    if (!href?.startsWith('/api/') || answers.has(href)) continue;
    const entry: EarlyAnswer = {
      value: undefined,
      arrived: false,
      askedAt: now(),
      answer: Promise.resolve(),
    };
    entry.answer = fetch(href, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    })
      // Only a good answer is kept: a refusal is left for the query's own request to meet.
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
      .catch(() => undefined)
      .then((value) => {
        entry.value = value;
        entry.arrived = true;
        return value;
      });
    answers.set(href, entry);
  }
}

function take(url: string, now: number): EarlyAnswer | undefined {
  const entry = answers.get(url);
  if (!entry) return undefined;
  answers.delete(url);
  return now - entry.askedAt <= FRESH_MS ? entry : undefined;
}

/** The early answer to this GET (`/api/...`), once, if it has already arrived good. */
export function arrivedAnswer<T>(url: string, now = performance.now()): T | undefined {
  if (!answers.get(url)?.arrived) return undefined;
  return take(url, now)?.value as T | undefined;
}

/** The early answer to this GET, arrived or on its way, once (it resolves undefined if not good). */
export function pendingAnswer(url: string, now = performance.now()): Promise<unknown> | undefined {
  return take(url, now)?.answer;
}
