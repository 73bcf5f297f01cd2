/** One page of a paged list, already mapped to contract items. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** How many later pages of one list are asked for at once (all go through the one limiter). */
const PAGE_CONCURRENCY = 4;

/**
 * Every page of a paged list Action: the first page says the total, the rest follow with
 * bounded concurrency, in page order. `onPage` hears of each page as it arrives.
 */
export async function allPages<T>(
  fetchPage: (page: number) => Promise<Page<T>>,
  pageSize: number,
  onPage?: (items: T[]) => void,
): Promise<T[]> {
  const first = await fetchPage(1);
  onPage?.(first.items);
  const pages = Math.ceil(first.total / pageSize);
  const rest: T[][] = [];
  let next = 2;
  const worker = async () => {
    while (next <= pages) {
      const page = next++;
      const { items } = await fetchPage(page);
      rest[page - 2] = items;
      onPage?.(items);
      // A page shorter than asked for is the last one, whatever the total said.
      if (items.length === 0) return;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGE_CONCURRENCY, pages - 1) }, worker));
  return [...first.items, ...rest.flat()];
}
