import type { UpgradeTaskList, UpgradeTaskListAnswer } from '../../shared/contract/upgrade-tasks';
import type { JobProgress } from '../cloud/cloud-service';

interface Listing {
  progress: { jobsRead: number; jobs: number | null };
  result: Promise<UpgradeTaskList>;
  /** When it finished (the answer is kept a little while for the page's next ask). */
  doneAt: number | null;
}

/** How long a finished page waits to be picked up by the next ask. */
const KEEP_MS = 30_000;

/**
 * A firmware's tasks read across its jobs (one call per job at least, paced by the cloud's 10
 * calls/s) take seconds. The page asks, waits a moment, and gets either the page or the progress
 * so far ("job 3 of 40"); it asks again until the page is there. One reading per question however
 * many ask it; it carries on between asks.
 */
export class TaskListings {
  private readonly listings = new Map<string, Listing>();

  constructor(private readonly waitMs = 1_000) {}

  async answer(
    key: string,
    read: (onJobProgress: JobProgress) => Promise<UpgradeTaskList>,
  ): Promise<UpgradeTaskListAnswer> {
    this.sweep();
    let listing = this.listings.get(key);
    if (!listing) {
      const created: Listing = {
        progress: { jobsRead: 0, jobs: null },
        result: Promise.resolve({ items: [], total: 0, page: 1, pageSize: 1 }),
        doneAt: null,
      };
      created.result = read((jobsRead, jobs) => {
        created.progress = { jobsRead, jobs };
      });
      created.result.then(
        () => (created.doneAt = Date.now()),
        () => this.listings.delete(key),
      );
      this.listings.set(key, (listing = created));
    }
    let timer: NodeJS.Timeout | undefined;
    const page = await Promise.race([
      listing.result,
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), this.waitMs))),
    ]).finally(() => clearTimeout(timer));
    if (page) {
      this.listings.delete(key);
      return page;
    }
    return { state: 'pending', progress: { ...listing.progress } };
  }

  private sweep() {
    const now = Date.now();
    for (const [key, listing] of this.listings)
      if (listing.doneAt !== null && now - listing.doneAt > KEEP_MS) this.listings.delete(key);
  }
}
