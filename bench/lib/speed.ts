/**
 * The four timed systems of the speed benchmark, each a function of one parsed page. Every
 * system that mutates works on its own clone, so the shared document stays pristine across runs.
 *
 *   readability  clone + `new Readability(clone).parse()` (default serializer, as callers use it)
 *   pipeline     our full `cleanDocument(doc, {url})` (it clones internally)
 *   tidy         clone + `planTidy(clone, {url})` + removing the planned nodes; the clone is
 *                inside the timing, as it is in the floor, so tidy/floor compares like with like
 *   floor        clone + one TreeWalker walk over every node: the least any in-DOM pass can cost
 */
import { Readability } from '@mozilla/readability';
import type { loadCore } from './systems.ts';

type CoreModule = Exclude<Awaited<ReturnType<typeof loadCore>>, Error>;

export const SPEED_SYSTEMS = ['readability', 'pipeline', 'tidy', 'floor'] as const;
export type SpeedSystem = (typeof SPEED_SYSTEMS)[number];

/** Builds the runnable systems for one page; each call runs the system once. */
export function speedSystems(core: CoreModule, doc: Document, url: string): Record<SpeedSystem, () => unknown> {
  return {
    readability: () => new Readability(doc.cloneNode(true) as Document).parse(),
    pipeline: () => core.cleanDocument(doc, { url }),
    tidy: () => {
      const clone = doc.cloneNode(true) as Document;
      const plan = core.planTidy(clone, { url });
      for (const item of plan.items) for (const node of item.nodes) node.parentNode?.removeChild(node);
      return plan;
    },
    floor: () => {
      const clone = doc.cloneNode(true) as Document;
      const walker = clone.createTreeWalker(clone, 0xffffffff);
      let count = 0;
      while (walker.nextNode()) count++;
      return count;
    },
  };
}

/** Value at quantile `q` (0..1) of a list, nearest-rank; 0 for an empty list. */
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}
