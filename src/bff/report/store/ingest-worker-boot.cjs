/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: see below */
// Starts the ingest worker (TypeScript) in its thread: the thread gets no loader from the process
// that starts it (tsx under `npm start`, Vite under vitest), so it registers tsx itself. tsx's
// require hook runs in this thread; its import hooks would start a loader thread of their own
// (about 30 MB more).
const { workerData } = require('node:worker_threads');
const { register } = require('tsx/cjs/api');

register();
require(workerData.entry);
