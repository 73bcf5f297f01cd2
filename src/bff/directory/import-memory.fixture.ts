/**
 * Run by import-memory.test.ts in a child process with the BFF's Node flags: the largest imports
 * the limits allow must be planned and applied within the BFF's bounded heap, not crash it.
 */
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../shared/contract/directory';
import { applyPlan, planImport } from './import-plan';
import { memoryStore } from './test-db';

async function main() {
  const { store } = await memoryStore();
  // The most rows, each as long as the byte limit allows (long names and ids cost the most).
  const width = Math.floor(MAX_IMPORT_BYTES / MAX_IMPORT_ROWS) - 1;
  const pad = (text: string, to: number) => text.padEnd(to, 'x').slice(0, to);
  const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => {
    const n = String(i).padStart(6, '0');
    const part = Math.floor((width - 16) / 3);
    return `${pad(`dev-${n}-`, part)},${pad(`pk${i % 7}`, part)},${pad(`T${n}-`, part)},344050${n}`;
  });
  const csv = rows.join('\n');
  if (csv.length > MAX_IMPORT_BYTES) throw new Error(`fixture too large: ${csv.length}`);
  const plan = await planImport(csv, store);
  if (plan.added.length !== MAX_IMPORT_ROWS) throw new Error(`added ${plan.added.length}`);
  await applyPlan(plan, store, 'memory-test');
  const again = await planImport(csv, store);
  if (again.unchanged !== MAX_IMPORT_ROWS) throw new Error(`unchanged ${again.unchanged}`);

  // The most lines the byte limit allows: refused for their number, without holding them all.
  const tiny = 'a,b,c\n'.repeat(Math.floor(MAX_IMPORT_BYTES / 6));
  const refused = await planImport(tiny, store).then(
    () => 'accepted',
    (error: Error) => error.message,
  );
  if (!/more than/.test(refused)) throw new Error(`tiny lines: ${refused}`);
  process.stdout.write(`ok ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
