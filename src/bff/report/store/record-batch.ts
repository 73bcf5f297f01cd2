import type { RecordInput } from './report-store';

/**
 * Records in columns, for the ingest worker: numbers in one transferable Float64Array (status,
 * sendTime, updateTime; NaN for none), texts listed once each and referred to by index, so a batch
 * crosses threads as a few arrays instead of thousands of cloned objects.
 */
export interface RecordBatch {
  numbers: Float64Array;
  /** Per record: indexes into `texts` of its mark, terminal id, terminal number and upgrade info. */
  refs: Uint32Array;
  texts: string[];
}

export function encodeRecords(records: readonly RecordInput[]): RecordBatch {
  const numbers = new Float64Array(records.length * 3);
  const refs = new Uint32Array(records.length * 4);
  const index = new Map<string, number>();
  const texts: string[] = [];
  const ref = (text: string) => {
    let i = index.get(text);
    if (i === undefined) {
      i = texts.push(text) - 1;
      index.set(text, i);
    }
    return i;
  };
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as RecordInput;
    numbers[i * 3] = r.status;
    numbers[i * 3 + 1] = r.sentAt;
    numbers[i * 3 + 2] = r.updatedAt ?? NaN;
    // A mark names one record (repeats are rare): listed as it comes, not looked up.
    refs[i * 4] = texts.push(r.mark) - 1;
    refs[i * 4 + 1] = ref(r.terminalId);
    refs[i * 4 + 2] = ref(r.terminalNum);
    refs[i * 4 + 3] = ref(r.upgradeInfo);
  }
  return { numbers, refs, texts };
}

export function decodeRecords({ numbers, refs, texts }: RecordBatch): RecordInput[] {
  const records: RecordInput[] = [];
  for (let i = 0; i < numbers.length / 3; i++) {
    const updatedAt = numbers[i * 3 + 2] as number;
    records.push({
      status: numbers[i * 3] as number,
      sentAt: numbers[i * 3 + 1] as number,
      updatedAt: Number.isNaN(updatedAt) ? null : updatedAt,
      mark: texts[refs[i * 4] as number] as string,
      terminalId: texts[refs[i * 4 + 1] as number] as string,
      terminalNum: texts[refs[i * 4 + 2] as number] as string,
      upgradeInfo: texts[refs[i * 4 + 3] as number] as string,
    });
  }
  return records;
}
