/**
 * Takes nodes out of the live page so that every one can be put back exactly where it was.
 *
 * Each removed node is swapped for an empty comment node (the placeholder). Putting it back swaps
 * them again, so the page serialises exactly as before. A placeholder moves with its neighbours
 * when the page rearranges things in between, which a remembered (parent, nextSibling) pair would
 * not survive; if the page throws the placeholder away (say, a widget re-renders its container),
 * putting back is a harmless no-op because the container it belonged to is gone too.
 *
 * It holds at most `MAX_SWAPS` removals, and counts the nodes the page put back after a removal
 * (issue 18: a page that re-inserted every removed insert grew it by 4,700 entries in 11 s); the
 * controller gives up on such a page. Reads go through the core's safe accessors: a form on the
 * page can shadow `parentNode` or `replaceChild`.
 */
import { containsNode, parentOf, replaceChildOf } from '../core/safe-dom.ts';

/** Removals one page may hold: a news page has tens of inserts. */
export const MAX_SWAPS = 500;

interface Swap {
  node: Node;
  placeholder: Comment;
}

/** Records removals from one document and undoes them in reverse order. */
export class RemovalLedger {
  // `#` members: this ships in the size-budgeted auto-clean bundle, and the minifier shortens only these.
  #swaps: Swap[] = [];
  readonly #doc: Document;
  /** Nodes removed once, to notice the page putting them back. */
  #seen = new WeakSet<Node>();
  #returned = 0;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  /** How many nodes are currently out of the page. */
  get size(): number {
    return this.#swaps.length;
  }

  /** How many times a node this ledger removed was found back in the page and removed again. */
  get returned(): number {
    return this.#returned;
  }

  /** Whether the ledger holds `MAX_SWAPS` removals and takes no more. */
  get full(): boolean {
    return this.#swaps.length >= MAX_SWAPS;
  }

  /**
   * Removes `node` from the page, leaving a placeholder. Skips nodes that are not in the page any
   * more (for instance inside a subtree removed just before), so each node is recorded once.
   * Returns whether the node was removed (never once the ledger is full).
   */
  remove(node: Node): boolean {
    const parent = parentOf(node);
    if (!parent || this.full || !containsNode(this.#doc, node)) return false;
    if (this.#seen.has(node)) this.#returned++;
    this.#seen.add(node);
    const placeholder = this.#doc.createComment('');
    replaceChildOf(parent, placeholder, node);
    this.#swaps.push({ node, placeholder });
    return true;
  }

  /**
   * Puts every removed node back where its placeholder is, newest first, so nested removals
   * unwind in the order they were made. Afterwards the ledger is empty.
   */
  restoreAll(): void {
    for (let i = this.#swaps.length - 1; i >= 0; i--) {
      const { node, placeholder } = this.#swaps[i]!;
      const parent = parentOf(placeholder);
      if (parent) replaceChildOf(parent, node, placeholder);
    }
    this.#swaps = [];
    this.#seen = new WeakSet();
    this.#returned = 0;
  }
}
