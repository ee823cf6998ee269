/**
 * Entry point of a page worker thread (see worker-pool.ts): says it is ready once jsdom and the
 * core are loaded, then answers each `PageJob` with its `PageOutcome`, one at a time, and asks
 * to retire once its heap holds more than half its cap after a page.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, resourceLimits } from 'node:worker_threads';
import { runPageJob, type FetchJob, type PageJob } from './page-job.ts';
import { silenceCssTreeWarnings } from './css-tree-warnings.ts';

if (!parentPort) throw new Error('page-worker.ts runs as a worker thread');
const port = parentPort;
silenceCssTreeWarnings();
const retireAt = (resourceLimits.maxOldGenerationSizeMb ?? 1024) * 1024 * 1024 / 2;
port.on('message', (job: PageJob | FetchJob) => {
  void runPageJob(job).then((outcome) => {
    if (getHeapStatistics().used_heap_size > retireAt) port.postMessage('retire');
    port.postMessage(outcome);
  });
});
port.postMessage('ready');
