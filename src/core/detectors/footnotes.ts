/**
 * An article's own notes: a list of references whose items the prose points at ("…in 1987.[3]"
 * links to `#cite_note-3`). By shape it is a block of links (each note cites a source, often
 * another page of the site), and the link-block detector took Wikipedia's references away. A
 * block that holds the target of an in-page link from outside it is the article's, not a list of
 * related links; a table of contents is not spared by this, as its links point out of it.
 */
import { arrayOf } from '../dom-text.ts';
import { attrOf, byTagOf, containsNode, idOf, queryAllOf } from '../safe-dom.ts';

export interface Footnotes {
  /** Each element an in-page link points at, with the links pointing at it. */
  targets: Map<Element, Element[]>;
}

/** The targets of the in-page links (`href="#id"`) under `root`. */
export function footnotesOf(root: Element): Footnotes {
  const targets = new Map<Element, Element[]>();
  const links = arrayOf(queryAllOf(root, 'a[href^="#"]'));
  if (!links.length) return { targets };
  const ids = new Map<string, Element[]>();
  for (const a of links) {
    const id = decodeId((attrOf(a, 'href') ?? '').slice(1));
    if (!id) continue;
    const list = ids.get(id);
    if (list) list.push(a);
    else ids.set(id, [a]);
  }
  // One walk over the elements with an id, rather than a selector per link.
  for (const el of arrayOf(byTagOf(root, '*'))) {
    const id = idOf(el);
    const from = id ? ids.get(id) : undefined;
    if (from) targets.set(el, from);
  }
  return { targets };
}

function decodeId(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** True when `el` holds (or is) the target of an in-page link that sits outside it. */
export function holdsFootnote(el: Element, notes: Footnotes): boolean {
  for (const [target, from] of notes.targets) {
    if (containsNode(el, target) && from.some((a) => !containsNode(el, a))) return true;
  }
  return false;
}
