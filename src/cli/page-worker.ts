/**
 * Entry point of a page worker thread (see worker-pool.ts): says it is ready once jsdom and the
 * core are loaded, then answers each `PageJob` with its `PageOutcome`, one at a time.
 */
import { parentPort } from 'node:worker_threads';
import { runPageJob, type PageJob } from './page-job.ts';
import { silenceCssTreeWarnings } from './parse-html.ts';

if (!parentPort) throw new Error('page-worker.ts runs as a worker thread');
const port = parentPort;
silenceCssTreeWarnings();
port.on('message', (job: PageJob) => {
  void runPageJob(job).then((outcome) => port.postMessage(outcome));
});
port.postMessage('ready');
