import { afterAll, describe, expect, it } from 'vitest';
import { isPoolFailure, WorkerPool } from '../../src/cli/worker-pool.ts';
import { tempDir } from './cli-harness.ts';

// A worker of plain JavaScript (vitest's own transform does not reach worker threads): it answers
// a number with its double, and on a word misbehaves the way a hostile page makes jsdom misbehave.
const WORKER = `
import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if (job === 'hog') { const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length)); }
  if (job === 'spin') for (;;);
  if (job === 'exit') process.exit(3);
  if (job === 'retire') { parentPort.postMessage('retire'); parentPort.postMessage(threadId); return; }
  parentPort.postMessage(job === 'id' ? threadId : job * 2);
});
parentPort.postMessage('ready');
`;

describe('WorkerPool', { timeout: 60_000 }, () => {
  const tmp = tempDir();
  const script = tmp.write('worker.mjs', WORKER);
  afterAll(() => tmp.cleanup());

  it('answers a worker out of memory, out of time or dead, and goes on with fresh workers', async () => {
    const pool = new WorkerPool<number | string, number>({ script, size: 2, timeoutMs: 2_000, memoryMb: 48 });
    try {
      const answers = await Promise.all([1, 'hog', 2, 'spin', 3, 'exit', 4].map((job) => pool.run(job)));
      expect(answers).toEqual([
        2,
        { failure: 'memory' },
        4,
        { failure: 'timeout' },
        6,
        { failure: 'crash', message: 'the worker exited with code 3' },
        8,
      ]);
      expect(answers.filter(isPoolFailure)).toHaveLength(3);
      // The process and the pool are still fine afterwards.
      expect(await pool.run(21)).toBe(42);
    } finally {
      await pool.close();
    }
  });

  it('delivers the answer of a worker that asks to retire, then replaces it', async () => {
    const pool = new WorkerPool<string, number>({ script, size: 1, timeoutMs: 10_000, memoryMb: 48 });
    try {
      const first = await pool.run('id');
      expect(await pool.run('id')).toBe(first);
      const retired = await pool.run('retire');
      expect(retired).toBe(first);
      const next = await pool.run('id');
      expect(typeof next).toBe('number');
      expect(next).not.toBe(first);
    } finally {
      await pool.close();
    }
  });

  it('answers jobs still queued when it is closed', async () => {
    const pool = new WorkerPool<number | string, number>({ script, size: 1, timeoutMs: 10_000, memoryMb: 48 });
    const busy = pool.run('spin');
    const queued = pool.run(1);
    await pool.close();
    expect(await queued).toEqual({ failure: 'crash', message: 'the pool was closed' });
    expect(isPoolFailure(await busy)).toBe(true);
  });
});
