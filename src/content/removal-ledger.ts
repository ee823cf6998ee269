/**
 * Takes nodes out of the live page so that every one can be put back exactly where it was.
 *
 * Each removed node is swapped for an empty comment node (the placeholder). Putting it back swaps
 * them again, so the page serialises exactly as before. A placeholder moves with its neighbours
 * when the page rearranges things in between, which a remembered (parent, nextSibling) pair would
 * not survive; if the page throws the placeholder away (say, a widget re-renders its container),
 * putting back is a harmless no-op because the container it belonged to is gone too.
 */

interface Swap {
  node: Node;
  placeholder: Comment;
}

/** Records removals from one document and undoes them in reverse order. */
export class RemovalLedger {
  // `#` members: this ships in the size-budgeted auto-clean bundle, and the minifier shortens only these.
  #swaps: Swap[] = [];
  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  /** How many nodes are currently out of the page. */
  get size(): number {
    return this.#swaps.length;
  }

  /**
   * Removes `node` from the page, leaving a placeholder. Skips nodes that are not in the page any
   * more (for instance inside a subtree removed just before), so each node is recorded once.
   * Returns whether the node was removed.
   */
  remove(node: Node): boolean {
    const parent = node.parentNode;
    if (!parent || !this.#doc.contains(node)) return false;
    const placeholder = this.#doc.createComment('');
    parent.replaceChild(placeholder, node);
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
      placeholder.parentNode?.replaceChild(node, placeholder);
    }
    this.#swaps = [];
  }
}
