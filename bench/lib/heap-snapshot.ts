import type { CDPSession } from '@playwright/test';

/** What a V8 heap snapshot holds, by node type ("object", "closure", "string", "code"…). */
export interface HeapCensus {
  byType: Record<string, { count: number; bytes: number }>;
  /**
   * Everything the page's JavaScript can hold on to: objects, closures, arrays, strings, numbers,
   * shapes. Leaves out compiled code (V8 compiles, tiers up and flushes it on its own schedule) and
   * native nodes (Blink's DOM, counted separately, and DevTools' own buffers, which exist only
   * because the benchmark is attached).
   */
  jsData: { count: number; bytes: number };
}

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
}

const NOT_JS_DATA = new Set(['code', 'native', 'synthetic', 'hidden']);

/** Takes a heap snapshot (after two forced GCs) and counts it by node type. */
export async function heapCensus(cdp: CDPSession): Promise<HeapCensus> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return censusOf(JSON.parse(chunks.join('')) as RawSnapshot);
}

export function censusOf(raw: RawSnapshot): HeapCensus {
  const fields = raw.snapshot.meta.node_fields;
  const types = raw.snapshot.meta.node_types[0];
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const byType: HeapCensus['byType'] = {};
  const jsData = { count: 0, bytes: 0 };
  for (let i = 0; i < raw.nodes.length; i += stride) {
    const type = types[raw.nodes[i + typeAt]!] ?? 'unknown';
    const size = raw.nodes[i + sizeAt]!;
    const entry = (byType[type] ??= { count: 0, bytes: 0 });
    entry.count++;
    entry.bytes += size;
    if (!NOT_JS_DATA.has(type)) {
      jsData.count++;
      jsData.bytes += size;
    }
  }
  return { byType, jsData };
}
