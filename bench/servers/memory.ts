/** Samples this process's memory every few milliseconds; `stop()` answers the peaks. */
export class MemorySampler {
  private peakRss = 0;
  private peakHeap = 0;
  /** process.memoryUsage() at the peak RSS: where the memory was (V8 heap, buffers, native). */
  private atPeak: NodeJS.MemoryUsage = process.memoryUsage();
  private readonly timer: NodeJS.Timeout;
  readonly baseRss: number;
  readonly baseHeap: number;

  constructor(everyMs = 10) {
    const { rss, heapUsed } = process.memoryUsage();
    this.baseRss = rss;
    this.baseHeap = heapUsed;
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  private sample() {
    const usage = process.memoryUsage();
    if (usage.rss > this.peakRss) this.atPeak = usage;
    this.peakRss = Math.max(this.peakRss, usage.rss);
    this.peakHeap = Math.max(this.peakHeap, usage.heapUsed);
  }

  stop() {
    this.sample();
    clearInterval(this.timer);
    return {
      baseRss: this.baseRss,
      baseHeap: this.baseHeap,
      peakRss: this.peakRss,
      peakHeap: this.peakHeap,
      atPeak: this.atPeak,
    };
  }
}
