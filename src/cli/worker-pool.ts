/**
 * A pool of worker threads that each do one job at a time, under a heap cap and a clock. A job
 * whose worker runs out of memory, overruns its time or dies is answered with a `PoolFailure`
 * instead of its result, the worker is replaced by a fresh one on demand, and the other jobs go
 * on: one hostile page can neither end a batch nor take the process down with it.
 *
 * The worker script posts 'ready' once loaded, then one message per job it is sent; 'retire'
 * just before an answer asks the pool to stop it after that answer (a worker whose heap has
 * grown, so a slow leak over thousands of pages cannot make an innocent page hit the cap). The
 * clock starts when the worker is ready, so loading jsdom is not charged to the first page.
 */
import { Worker } from 'node:worker_threads';

export interface PoolOptions {
  /** The worker script (a file path or file: URL). */
  script: string | URL;
  /** Most workers alive at once. */
  size: number;
  /** Milliseconds a job may take once its worker is ready. */
  timeoutMs: number;
  /** V8 old-generation heap cap per worker, in MB. */
  memoryMb: number;
}

export type PoolFailure =
  | { failure: 'timeout' }
  | { failure: 'memory' }
  | { failure: 'crash'; message: string };

interface Pending<J, R> {
  job: J;
  resolve(value: R | PoolFailure): void;
}

interface Slot<J, R> {
  worker: Worker;
  ready: boolean;
  current?: Pending<J, R>;
  timer?: NodeJS.Timeout;
  /** Set when its clock ran out: it is being stopped and takes no more jobs. */
  timedOut?: boolean;
  /** Set when it asked to be stopped after its current answer. */
  retiring?: boolean;
  error?: Error;
}

const LOAD_TIMEOUT_MS = 60_000;

/** True when `value` is the pool's own failure rather than a worker's answer. */
export const isPoolFailure = (value: unknown): value is PoolFailure =>
  typeof value === 'object' && value !== null && 'failure' in value;

/** Runs jobs `J` in worker threads that answer `R`; see the file comment. */
export class WorkerPool<J, R> {
  private readonly slots = new Set<Slot<J, R>>();
  private readonly queue: Pending<J, R>[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  /** Queues a job; resolves with the worker's answer or a `PoolFailure`. Never rejects. */
  run(job: J): Promise<R | PoolFailure> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still queued are answered as crashed. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.resolve({ failure: 'crash', message: 'the pool was closed' });
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = [...this.slots].find((s) => !s.current && !s.timedOut && !s.retiring);
      if (!slot) {
        if (this.slots.size >= this.options.size) return;
        slot = this.spawn();
      }
      const pending = this.queue.shift()!;
      slot.current = pending;
      slot.worker.postMessage(pending.job);
      if (slot.ready) this.startClock(slot);
    }
  }

  private spawn(): Slot<J, R> {
    const worker = new Worker(this.options.script, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
    });
    const slot: Slot<J, R> = { worker, ready: false };
    this.slots.add(slot);
    // A worker that never gets ready would hold its job forever; loading may take a while on a
    // busy machine, so this clock is generous.
    this.startClock(slot, Math.max(this.options.timeoutMs, LOAD_TIMEOUT_MS));
    worker.on('message', (message: R | 'ready' | 'retire') => {
      if (message === 'ready') {
        slot.ready = true;
        clearTimeout(slot.timer);
        if (slot.current) this.startClock(slot);
        return;
      }
      if (message === 'retire') {
        slot.retiring = true;
        return;
      }
      const pending = slot.current;
      clearTimeout(slot.timer);
      slot.current = undefined;
      pending?.resolve(message);
      // Its exit frees the slot, and the next job then gets a fresh worker.
      if (slot.retiring) void worker.terminate();
      this.dispatch();
    });
    worker.on('error', (error) => {
      slot.error = error;
    });
    worker.on('exit', (code) => {
      clearTimeout(slot.timer);
      this.slots.delete(slot);
      slot.current?.resolve(this.why(slot, code));
      slot.current = undefined;
      this.dispatch();
    });
    return slot;
  }

  private startClock(slot: Slot<J, R>, ms = this.options.timeoutMs): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      slot.timedOut = true;
      // Stops the worker's JavaScript wherever it is, even in a loop that never yields.
      void slot.worker.terminate();
    }, ms);
  }

  private why(slot: Slot<J, R>, exitCode: number): PoolFailure {
    if (slot.timedOut) return { failure: 'timeout' };
    const code = (slot.error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') return { failure: 'memory' };
    return { failure: 'crash', message: slot.error?.message ?? `the worker exited with code ${exitCode}` };
  }
}
