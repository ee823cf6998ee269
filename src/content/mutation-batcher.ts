/**
 * Watches a subtree for inserted elements and hands them over in batches, at most once per
 * `delayMs`: news pages insert ads and "Baca Juga" boxes in bursts (lazy loaders, infinite
 * scroll), and one pass over a burst costs far less than one pass per mutation record.
 *
 * Our own removals and restores must not count as page activity, or every pass would schedule
 * the next one. `quietly(fn)` runs our DOM changes and then drops the records they produced
 * (`takeRecords()`); records the page queued before we started are kept.
 */

import { ELEMENT_NODE, containsNode, nodeTypeOf } from '../core/safe-dom.ts';

export interface MutationBatcherOptions {
  /** Called with the elements inserted since the last batch that are still in the page. */
  onBatch: (added: Element[]) => void;
  /** Minimum time between two batches, in ms. */
  delayMs?: number;
}

/** A throttled `MutationObserver` over one subtree (childList + subtree only). */
export class MutationBatcher {
  // `#` members: this ships in the size-budgeted auto-clean bundle, and the minifier shortens only these.
  readonly #observer: MutationObserver;
  readonly #pending = new Set<Element>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #watching = false;
  readonly #onBatch: (added: Element[]) => void;
  readonly #delayMs: number;
  readonly #target: Node;

  constructor(target: Node, options: MutationBatcherOptions) {
    this.#target = target;
    this.#onBatch = options.onBatch;
    this.#delayMs = options.delayMs ?? 250;
    const view = target.ownerDocument?.defaultView ?? globalThis;
    this.#observer = new view.MutationObserver((records) => this.#collect(records));
  }

  /** Whether the observer is connected. */
  get active(): boolean {
    return this.#watching;
  }

  /** Starts watching; a no-op when already watching. */
  start(): void {
    if (this.#watching) return;
    this.#observer.observe(this.#target, { childList: true, subtree: true });
    this.#watching = true;
  }

  /** Stops watching and forgets pending inserts, so nothing runs while the tidy is off. */
  stop(): void {
    this.#observer.disconnect();
    this.#watching = false;
    this.#pending.clear();
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Runs `change` (our own DOM edits) without reporting its mutations as page inserts. */
  quietly<T>(change: () => T): T {
    if (!this.#watching) return change();
    this.#collect(this.#observer.takeRecords());
    try {
      return change();
    } finally {
      this.#observer.takeRecords();
    }
  }

  #collect(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (nodeTypeOf(node) === ELEMENT_NODE) this.#pending.add(node as Element);
      }
    }
    if (this.#pending.size > 0 && this.#timer === null) {
      this.#timer = setTimeout(() => this.#flush(), this.#delayMs);
    }
  }

  #flush(): void {
    this.#timer = null;
    const doc = this.#target.ownerDocument ?? (this.#target as Document);
    // An insert the page removed again (or one inside another insert) needs no pass of its own.
    const added = [...this.#pending].filter((el) => containsNode(doc, el));
    this.#pending.clear();
    if (added.length > 0) this.#onBatch(added);
  }
}
