import path from 'node:path';
import os from 'node:os';
import { mkdtemp } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { Child } from '/work/main/bench/lib/children';
import { buildConsole } from '/work/main/bench/lib/build';

async function snapshot(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snap = JSON.parse(chunks.join(''));
  const fields: string[] = snap.snapshot.meta.node_fields;
  const types: string[] = snap.snapshot.meta.node_types[0];
  const n = fields.length, iType = fields.indexOf('type'), iName = fields.indexOf('name'), iSize = fields.indexOf('self_size');
  const counts = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snap.nodes.length; i += n) {
    const key = `${types[snap.nodes[i + iType]]}:${String(snap.strings[snap.nodes[i + iName]]).slice(0, 60)}`;
    const c = counts.get(key) ?? { count: 0, size: 0 };
    c.count++; c.size += snap.nodes[i + iSize];
    counts.set(key, c);
  }
  return counts;
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'kprobe-'));
await buildConsole(path.join(tmp, 'console'));
const emu = await Child.start('emulator', { dataDir: path.join(tmp, 'emu') });
const bff = await Child.start('bff', { dataDir: path.join(tmp, 'bff'), emulatorUrl: emu.url, staticDir: path.join(tmp, 'console'), kioskRefreshSeconds: 5 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.clock.install();
await page.goto(String(bff.ready.kioskUrl));
await page.getByText(/updated \d/).waitFor({ timeout: 60000 });
const step = async () => { await page.clock.runFor(5000); await page.waitForTimeout(0); await new Promise((r) => setTimeout(r, 30)); };
for (let i = 0; i < 20; i++) await step();
const a = await snapshot(page);
for (let i = 0; i < 800; i++) await step();
const b = await snapshot(page);
const diff = [...b].map(([k, v]) => ({ k, dc: v.count - (a.get(k)?.count ?? 0), ds: v.size - (a.get(k)?.size ?? 0) })).sort((x, y) => y.ds - x.ds).slice(0, 25);
console.log(diff);
await browser.close(); await bff.stop(); await emu.stop();
process.exit(0);
