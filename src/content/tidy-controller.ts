/**
 * The in-place tidy of one live page: removes what the rules find, keeps the site's own layout,
 * and can put every node back ("Show original") or remove them again ("Clean again").
 *
 * Pure DOM: no `browser.*`, so it runs under jsdom in the unit tests. The auto-clean content
 * script (`./autoclean.ts`) wires it to settings and messages.
 */
import type { TidyPlan } from '../core/tidy.ts';
import type { Removal } from '../core/types.ts';
import type { TidyStatus } from '../shared/messages.ts';
import { MutationBatcher } from './mutation-batcher.ts';
import { RemovalLedger } from './removal-ledger.ts';

export interface TidyControllerOptions {
  /**
   * Finds the inserts in the live document, under `root` when given (else the whole body):
   * the core's `planTidy`, bound to the URL and the user's rules.
   */
  plan: (root?: ParentNode) => TidyPlan;
  /** Called after every change of what is removed, e.g. to update the badge. */
  onChange?: (status: TidyStatus) => void;
  /** Batching delay for later inserts, in ms. */
  delayMs?: number;
}

/** Applies and reverts the tidy of `doc`, and keeps it applied while the page inserts more. */
export class TidyController {
  private readonly ledger: RemovalLedger;
  private readonly batcher: MutationBatcher;
  private readonly plan: (root?: ParentNode) => TidyPlan;
  private readonly doc: Document;
  private readonly onChange: (status: TidyStatus) => void;
  private removed: Removal[] = [];
  private active = false;

  constructor(doc: Document, options: TidyControllerOptions) {
    this.plan = options.plan;
    this.doc = doc;
    this.onChange = options.onChange ?? (() => {});
    this.ledger = new RemovalLedger(doc);
    this.batcher = new MutationBatcher(doc.body ?? doc.documentElement, {
      onBatch: (added) => this.onInserts(added),
      delayMs: options.delayMs,
    });
  }

  /** Whether removals are applied, and what was (or, after "Show original", would be) removed. */
  status(): TidyStatus {
    return { active: this.active, removed: [...this.removed] };
  }

  /** How many blocks are out of the page right now (0 while showing the original). */
  get count(): number {
    return this.active ? this.removed.length : 0;
  }

  /** Turns the tidy on (remove, then watch for inserts) or off (put back, stop watching). */
  setActive(active: boolean): TidyStatus {
    if (active === this.active) return this.status();
    if (active) {
      this.removed = [];
      this.active = true;
      this.sweep();
      this.batcher.start();
    } else {
      // Stop first: putting nodes back must not look like the page inserting them.
      this.batcher.stop();
      this.ledger.restoreAll();
      this.active = false;
    }
    const status = this.status();
    this.onChange(status);
    return status;
  }

  /** Stops watching the page; removed nodes stay removed. */
  dispose(): void {
    this.batcher.stop();
  }

  /** Plans over `scopes` (the whole body when none are given) and removes every item still in the page. */
  private sweep(scopes: (ParentNode | undefined)[] = [undefined]): number {
    const started = performance.now();
    const items = scopes.flatMap((scope) => this.plan(scope).items);
    let found = 0;
    this.batcher.quietly(() => {
      for (const item of items) {
        let took = false;
        for (const node of item.nodes) took = this.ledger.remove(node) || took;
        if (!took) continue;
        this.removed.push({ rule: item.rule, category: item.category, reason: item.reason, text: item.text });
        found++;
      }
    });
    // One synchronous pass is all the main-thread time a sweep takes; `npm run bench:browser`
    // reads these measures for the longest task auto-clean causes (long tasks carry no script).
    performance.measure('bersih:tidy', { start: started });
    return found;
  }

  private onInserts(added: Element[]): void {
    if (!this.active) return;
    if (this.sweep(insertScopes(this.doc, added)) > 0) this.onChange(this.status());
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
    const parent = el.parentNode;
    if (!parent) continue;
    if (parent === doc.body || parent === doc.documentElement || parent === doc) return [undefined];
    parents.add(parent);
  }
  const list = [...parents];
  return list.filter((p) => !list.some((q) => q !== p && (q as Node).contains(p as Node)));
}
