/**
 * The DOM standard's TreeWalker (https://dom.spec.whatwg.org/#interface-treewalker) for the CLI's
 * linkedom documents: linkedom's lists the matching nodes up front and has only `nextNode`, while
 * the core's site memory walks with `firstChild`, `nextSibling` and `parentNode`
 * (src/core/site-memory/blocks.ts).
 */

const ACCEPT = 1;
const REJECT = 2;
const SKIP = 3;

type Filter = ((node: Node) => number) | { acceptNode(node: Node): number } | null;

/** A TreeWalker over `root`'s subtree, showing the node types in `whatToShow`. */
export class PageTreeWalker {
  currentNode: Node;

  constructor(
    readonly root: Node,
    readonly whatToShow = 0xffffffff,
    readonly filter: Filter = null,
  ) {
    this.currentNode = root;
  }

  private accept(node: Node): number {
    if (!((1 << (node.nodeType - 1)) & this.whatToShow)) return SKIP;
    if (!this.filter) return ACCEPT;
    return typeof this.filter === 'function' ? this.filter(node) : this.filter.acceptNode(node);
  }

  parentNode(): Node | null {
    let node: Node | null = this.currentNode;
    while (node && node !== this.root) {
      node = node.parentNode;
      if (node && this.accept(node) === ACCEPT) return (this.currentNode = node);
    }
    return null;
  }

  firstChild(): Node | null {
    return this.children(true);
  }

  lastChild(): Node | null {
    return this.children(false);
  }

  nextSibling(): Node | null {
    return this.siblings(true);
  }

  previousSibling(): Node | null {
    return this.siblings(false);
  }

  nextNode(): Node | null {
    let node = this.currentNode;
    let result = ACCEPT;
    for (;;) {
      while (result !== REJECT && node.firstChild) {
        node = node.firstChild;
        result = this.accept(node);
        if (result === ACCEPT) return (this.currentNode = node);
      }
      let next: Node | null = null;
      for (let temp: Node | null = node; temp; temp = temp.parentNode) {
        if (temp === this.root) return null;
        next = temp.nextSibling;
        if (next) break;
      }
      if (!next) return null;
      node = next;
      result = this.accept(node);
      if (result === ACCEPT) return (this.currentNode = node);
    }
  }

  private children(first: boolean): Node | null {
    let node: Node | null = first ? this.currentNode.firstChild : this.currentNode.lastChild;
    while (node) {
      const result = this.accept(node);
      if (result === ACCEPT) return (this.currentNode = node);
      const child: Node | null = result === SKIP ? (first ? node.firstChild : node.lastChild) : null;
      if (child) {
        node = child;
        continue;
      }
      while (node) {
        const sibling: Node | null = first ? node.nextSibling : node.previousSibling;
        if (sibling) {
          node = sibling;
          break;
        }
        const parent: Node | null = node.parentNode;
        if (!parent || parent === this.root || parent === this.currentNode) return null;
        node = parent;
      }
    }
    return null;
  }

  private siblings(next: boolean): Node | null {
    let node: Node | null = this.currentNode;
    if (node === this.root) return null;
    for (;;) {
      let sibling: Node | null = next ? node!.nextSibling : node!.previousSibling;
      while (sibling) {
        node = sibling;
        const result = this.accept(node);
        if (result === ACCEPT) return (this.currentNode = node);
        sibling = next ? node.firstChild : node.lastChild;
        if (result === REJECT || !sibling) sibling = next ? node.nextSibling : node.previousSibling;
      }
      node = node!.parentNode;
      if (!node || node === this.root) return null;
      if (this.accept(node) === ACCEPT) return null;
    }
  }
}
