/**
 * The Node flags the BFF runs with: `npm start` passes them (package.json), and the bench starts its
 * BFF processes with them too.
 *
 * Without them V8 sizes its heap from the machine's memory (old space up to about a quarter of the
 * RAM) and, with that much room, lets the heap grow to about four times what is live before a full
 * collection. A report sync allocates every page's JSON and records and lets them go a batch later,
 * so on the 1,000,000-record seed the BFF held about 250 MB of V8 heap at its peak, most of it
 * garbage (about 60 MB live after the sync). Bounding old space at 256 MB makes V8 grow the heap
 * by about 1.3× what is live instead, and still leaves room far above the live heap for a large
 * CSV or directory import; 4 MB semi-spaces keep the young generation at 12 MB instead of 48 MB.
 */
export const BFF_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=4'] as const;
