/**
 * Readability lists elements by tag with `querySelectorAll(tags.join(','))`, several dozen times a
 * parse. In a DOM written in JavaScript (jsdom, `npm run bench`; linkedom, the CLI) a selector
 * query costs several times a tag-name list: jsdom took 5 to 10 ms a query on a news page against
 * 1 to 2 ms. There, on this instance only, a one-tag list is taken by tag name and copied: the same
 * elements in the same order, and static, as the query's list is. Lists of several tags keep the
 * query, which gives them in tree order. A browser's native query is the quicker one (Chromium:
 * 0.03 ms against 0.2 ms copying the tag list), so there Readability is left as it is, as it is
 * where a later version lacks the method.
 */
import { arrayOf } from './dom-text.ts';
import { byTagOf, isNativeDom, nodeTypeOf } from './safe-dom.ts';

/** Defined by scripts/build.ts for the extension's scripts, which only ever run on a browser's DOM. */
declare const __BERSIH_NATIVE_DOM__: boolean | undefined;

type TagLister = (node: Element | Document, tags: string[]) => ArrayLike<Element>;

/** Gives `reader` (reading a document whose root is `root`) the tag-name lists, where they are the quicker. */
export function listTagsByName(reader: object, root: Element): void {
  const target = reader as { _getAllNodesWithTag?: TagLister };
  const query = target._getAllNodesWithTag;
  // In the extension's scripts this is all there is (0.3 KB of content/extract.js saved).
  if (typeof __BERSIH_NATIVE_DOM__ !== 'undefined' || typeof query !== 'function' || isNativeDom(root)) return;
  target._getAllNodesWithTag = (node, tags) => {
    if (tags.length !== 1) return query.call(reader, node, tags);
    // A document's own list: no tag Readability asks for is `html`, the one its root element could add.
    const top = nodeTypeOf(node) === 9 ? (node as Document).documentElement : (node as Element);
    return top ? arrayOf(byTagOf(top, tags[0]!)) : [];
  };
}
