/**
 * Runs `PageJob`s in page workers (./page-worker.ts) under the page limits of ./limits.ts, and
 * turns a worker that ran out of memory, time or life into the page's one-line error.
 */
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode } from './exit-codes.ts';
import { MEMORY_LIMIT_MB } from './limits.ts';
import type { FetchJob, PageJob, PageOutcome } from './page-job.ts';
import { isPoolFailure, WorkerPool, type PoolFailure } from './worker-pool.ts';

export interface PageRunner {
  /** Extracts one page in a worker; never rejects. */
  run(job: PageJob | FetchJob): Promise<PageOutcome>;
  /** Stops the workers (the process cannot exit while they live). */
  close(): Promise<void>;
}

// The built CLI is flat JavaScript (dist/cli/page-worker.js); from the sources (tsx) the worker
// is TypeScript, which the worker loads through the tsx hooks it inherits with execArgv.
const here = fileURLToPath(import.meta.url);
const WORKER_SCRIPT = join(dirname(here), `page-worker${extname(here)}`);

function describe(failure: PoolFailure, name: string, timeoutS: number): PageOutcome {
  switch (failure.failure) {
    case 'timeout':
      return { ok: false, code: ExitCode.overLimit, message: `'${name}' took longer than the time limit (${timeoutS} s)` };
    case 'memory':
      return { ok: false, code: ExitCode.overLimit, message: `'${name}' needs more memory than the limit (${MEMORY_LIMIT_MB} MB)` };
    case 'crash':
      return { ok: false, code: ExitCode.internal, message: `internal error: the page worker stopped: ${failure.message}` };
  }
}

/** Starts a runner with up to `jobs` workers, each page allowed `timeoutS` seconds. */
export function pageRunner(jobs: number, timeoutS: number): PageRunner {
  const pool = new WorkerPool<PageJob | FetchJob, PageOutcome>({
    script: WORKER_SCRIPT,
    size: jobs,
    timeoutMs: timeoutS * 1000,
    memoryMb: MEMORY_LIMIT_MB,
  });
  return {
    async run(job) {
      // Bytes read by the main thread (stdin) are copied, not transferred: a small Buffer may
      // share its ArrayBuffer with others from Node's pool.
      const answer = await pool.run(job);
      const name = 'fetch' in job ? job.name : job.name ?? (job.file === '-' ? 'stdin' : job.file);
      return isPoolFailure(answer) ? describe(answer, name, timeoutS) : answer;
    },
    close: () => pool.close(),
  };
}
