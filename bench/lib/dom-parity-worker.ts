/** A worker of bench/dom-parity.ts: one DOM (its workerData), one page per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { silenceCssTreeWarnings } from '../../src/cli/css-tree-warnings.ts';
import type { CliDomName } from './cli-doms.ts';
import { domOutcome, type DomRequest } from './dom-outcome.ts';

silenceCssTreeWarnings();
const port = parentPort!;
port.on('message', (request: DomRequest) => {
  void domOutcome(workerData as CliDomName, request).then((o) => port.postMessage(o));
});
