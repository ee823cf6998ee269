/**
 * The in-place tidy of one live page: removes what the rules find, keeps the site's own layout,
 * and can put every node back ("Show original") or remove them again ("Clean again").
 *
 * A sweep runs in slices of at most ~`sliceMs`: the first at once, the rest each in a task of its
 * own. A slice finds, and removes what it found in the time it has left; what is left is removed
 * by the next task before it finds more. One synchronous pass over a big news page takes 60-70 ms
 * in a cold Chromium, a long task (over 50 ms) that delays the reader's first scroll or tap.
 * Removing between slices can change a later slice's find: a box whose first text was an ad
 * removed in an earlier slice now starts with the label after it, so the whole box goes rather
 * than the label's own block (seen on 3 nytimes test pages with 1-node slices, never with larger
 * ones); either way the ad and the label go, and "Show original" is exact.
 *
 * Pure DOM: no `browser.*`, so it runs under jsdom in the unit tests. The auto-clean content
 * script (`./autoclean.ts`) wires it to settings and messages.
 */
import type { TidyItem, TidySweep } from '../core/tidy.ts';
import type { Removal } from '../core/types.ts';
import type { TidyStatus } from '../shared/messages.ts';
import { parentOf } from '../core/safe-dom.ts';
import { MutationBatcher } from './mutation-batcher.ts';
import { RemovalLedger } from './removal-ledger.ts';

/**
 * Removed nodes the page may put back before auto-clean stops on it: a widget that re-renders
 * once or twice is normal, one that restores every insert it loses fights back for ever.
 */
export const MAX_RETURNS = 20;

export interface TidyControllerOptions {
  /**
   * Starts finding the inserts in the live document, under `root` when given (else the whole
   * body): the core's `startTidy`, bound to the URL and the user's rules.
   */
  plan: (root?: ParentNode) => TidySweep;
  /** Called after every change of what is removed, e.g. to update the badge. */
  onChange?: (status: TidyStatus) => void;
  /** Batching delay for later inserts, in ms. */
  delayMs?: number;
  /**
   * Main-thread time one slice of a sweep may take, in ms (12 by default). The walk looks at the
   * clock every `CHECK_EVERY` nodes, and removing an ad box that holds frames can overrun it by up
   * to 30 ms; the slice must stay under the 50 ms of a long task (at 20 ms, wikia reached 50 ms).
   */
  sliceMs?: number;
  /** The clock slices are timed on, and where each slice's time is reported (tests pass a fake). */
  clock?: TidyClock;
}

/** Time for the slices: `now` in ms, and `measure`, called at the end of each slice with its start. */
export interface TidyClock {
  now(): number;
  measure(start: number): void;
}

/**
 * The page's clock. Each slice is measured as `bersih:tidy` on the page's timeline: a slice is
 * all the main-thread time a task of ours takes, and `npm run bench:browser` reads these measures
 * for the longest task auto-clean causes (long tasks carry no script attribution).
 */
const PAGE_CLOCK: TidyClock = {
  now: () => performance.now(),
  measure: (start) => void performance.measure('bersih:tidy', { start }),
};

/**
 * Nodes the walk takes between two looks at the clock. The walk's own default (16) let one slice
 * of a cold engine run 10-20 ms over its time on pages where a step is costly (a wrapper whose
 * text is measured to tell it from prose); a look costs well under a microsecond.
 */
export const CHECK_EVERY = 4;

/** Applies and reverts the tidy of `doc`, and keeps it applied while the page inserts more. */
export class TidyController {
  // `#` members: the auto-clean bundle has a size budget, and the minifier shortens only these.
  readonly #ledger: RemovalLedger;
  readonly #batcher: MutationBatcher;
  readonly #plan: (root?: ParentNode) => TidySweep;
  readonly #onChange: (status: TidyStatus) => void;
  #removed: Removal[] = [];
  #active = false;
  #gaveUp = false;
  readonly #sliceMs: number;
  readonly #clock: TidyClock;
  /** Bumped when the tidy is turned off or disposed: slices still scheduled then do nothing. */
  #generation = 0;

  constructor(doc: Document, options: TidyControllerOptions) {
    this.#plan = options.plan;
    this.#onChange = options.onChange ?? (() => {});
    this.#sliceMs = options.sliceMs ?? 12;
    this.#clock = options.clock ?? PAGE_CLOCK;
    this.#ledger = new RemovalLedger(doc);
    this.#batcher = new MutationBatcher(doc.body ?? doc.documentElement, {
      onBatch: (added) => {
        // The slice's clock starts before finding where to look: that is this task's work too.
        const started = this.#clock.now();
        if (this.#active && this.#sweep(insertScopes(doc, added), started) > 0) this.#onChange(this.status());
      },
      delayMs: options.delayMs,
    });
  }

  /** Whether removals are applied, and what was (or, after "Show original", would be) removed. */
  status(): TidyStatus {
    const status: TidyStatus = { active: this.#active, removed: [...this.#removed] };
    if (this.#gaveUp) status.gaveUp = true;
    return status;
  }

  /** How many blocks are out of the page right now (0 while showing the original). */
  get count(): number {
    return this.#active ? this.#removed.length : 0;
  }

  /** Turns the tidy on (remove, then watch for inserts) or off (put back, stop watching). */
  setActive(active: boolean): TidyStatus {
    if (active === this.#active) return this.status();
    if (active) {
      this.#removed = [];
      this.#active = true;
      this.#gaveUp = false;
      this.#sweep();
      this.#batcher.start();
    } else {
      // Stop first: putting nodes back must not look like the page inserting them, and a slice
      // still to come must not remove anything after it.
      this.#generation++;
      this.#batcher.stop();
      this.#ledger.restoreAll();
      this.#active = false;
      this.#gaveUp = false;
    }
    const status = this.status();
    this.#onChange(status);
    return status;
  }

  /**
   * Leaves a page that fights back alone: no more sweeps, no more watching. What is out stays
   * out ("Show original" still puts it back), and the status says why.
   */
  #giveUp(): void {
    this.#gaveUp = true;
    this.#generation++;
    this.#batcher.stop();
  }

  /** Stops watching the page; removed nodes stay removed. */
  dispose(): void {
    this.#generation++;
    this.#batcher.stop();
  }

  /**
   * Plans over `scopes` (the whole body when none are given) and removes every item still in the
   * page, slice by slice: this one now, the next ones in later tasks, which report what they
   * removed through `onChange`. Returns how many blocks this first slice removed.
   */
  #sweep(scopes: (ParentNode | undefined)[] = [undefined], first = this.#clock.now()): number {
    // The first slice's clock starts before planning: compiling the rules (cold, on a page's
    // first sweep) is part of that task.
    const clock = this.#clock;
    const sweeps = scopes.map((scope) => this.#plan(scope));
    const generation = this.#generation;
    // Found, not yet removed: taking out an ad box detaches its frames, 10-30 ms in Chromium,
    // so removing counts against a slice's time too, and what is left waits for the next.
    const items: TidyItem[] = [];
    const slice = (started = clock.now()): number => {
      const shouldStop = (): boolean => clock.now() - started >= this.#sliceMs;
      // A slice that finds removes only in the time it has left; one that only removes takes
      // out at least one item, so that every slice gets somewhere.
      let tried = 0;
      if (!items.length) {
        tried = 1;
        for (const sweep of sweeps) {
          items.push(...sweep.next(shouldStop, CHECK_EVERY));
          if (!sweep.done) break;
        }
      }
      let found = 0;
      this.#batcher.quietly(() => {
        for (; items.length && !(tried++ && shouldStop()); ) {
          const { nodes, ...removal } = items.shift()!;
          // `map`, not `some`: every node of the item goes; it counts if any was still in the page.
          if (!nodes.map((node) => this.#ledger.remove(node)).includes(true)) continue;
          this.#removed.push(removal);
          found++;
        }
      });
      if (this.#ledger.returned > MAX_RETURNS || this.#ledger.full) {
        this.#giveUp();
        // The caller's `onChange` reports removals; a slice of its own must report the stop.
        if (!found) this.#onChange(this.status());
        return found;
      }
      clock.measure(started);
      if (items.length || !sweeps.every((sweep) => sweep.done)) {
        setTimeout(() => {
          if (generation === this.#generation && slice() > 0) this.#onChange(this.status());
        }, 0);
      }
      return found;
    };
    return slice(first);
  }
}

/**
 * Where to look after `added` were inserted: their parents, so that each insert itself is seen
 * (the planner looks *under* its root) along with its siblings (a "Baca juga" label takes the
 * link paragraphs after it). One whole-page pass costs tens of ms on a big news page in
 * Chromium, so re-planning everything for every lazy-loaded widget would jank scrolling;
 * an insert straight into `<body>` still gets the whole pass. Nested scopes are merged.
 */
export function insertScopes(doc: Document, added: Element[]): (ParentNode | undefined)[] {
  const parents = new Set<ParentNode>();
  for (const el of added) {
    const parent = parentOf(el);
    if (!parent) continue;
    if (parent === doc.body || parent === doc.documentElement || parent === doc) return [undefined];
    parents.add(parent);
  }
  // One walk up from each parent, not every pair compared: a burst of thousands of inserts
  // (an infinite scroll) must not cost a slice of its own before any planning starts.
  return [...parents].filter((p) => {
    for (let up = parentOf(p as Node); up; up = parentOf(up)) if (parents.has(up)) return false;
    return true;
  });
}
