/**
 * A caller's budget for one extraction (issue 18: a hostile page froze the tab for good). The
 * core keeps no clock: the caller passes `shouldStop` (the content script asks its clock), the
 * pipeline asks it between its steps and, through `watchReadability`, inside Readability's
 * walks, and stops by throwing `ExtractionStopped`, which the caller turns into its answer.
 */

/** Thrown by `cleanDocument` when the caller's `shouldStop` said so; the input is unchanged. */
export class ExtractionStopped extends Error {
  constructor() {
    super('extraction stopped: over its budget');
    this.name = 'ExtractionStopped';
  }
}

/** Asked between steps: true when the extraction must stop. */
export type ShouldStop = () => boolean;

/** Throws `ExtractionStopped` when `shouldStop` says the budget is spent. */
export function checkpoint(shouldStop: ShouldStop | undefined): void {
  if (shouldStop?.()) throw new ExtractionStopped();
}

/** Readability methods called per node in its long walks: each `EVERY`th call asks the budget. */
const WATCHED = ['_getNextNode', '_getInnerText'] as const;
const EVERY = 128;

/**
 * Makes `reader` (one Readability instance) ask `shouldStop` as it walks. Readability has no
 * budget of its own and one `parse()` can take seconds on a hostile page; its per-node methods
 * are wrapped on this instance only, and any that a later version lacks is simply not watched.
 */
export function watchReadability(reader: object, shouldStop: ShouldStop | undefined): void {
  if (!shouldStop) return;
  const target = reader as Record<string, unknown>;
  let calls = 0;
  for (const name of WATCHED) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function (this: unknown, ...args: unknown[]) {
      if (++calls % EVERY === 0) checkpoint(shouldStop);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}
