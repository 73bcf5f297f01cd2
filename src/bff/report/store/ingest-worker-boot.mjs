// Starts the ingest worker (TypeScript) in a thread of its own: the worker gets no loader from the
// process that starts it (tsx under `npm start`, Vite under vitest), so it registers tsx itself.
import { workerData } from 'node:worker_threads';

import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
