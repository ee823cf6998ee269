/**
 * React streaming server rendering (Next.js app router, Remix, …) sends a page's slow parts after
 * the shell: each arrives as `<div hidden id="S:n">`, at the end of the body, with an inline
 * `$RC("B:n","S:n")` (boundary) or `$RS("S:n","P:n")` (segment) call that moves it into place. A
 * browser runs those calls while loading; a saved page read without scripts (the CLI, the corpus)
 * still has the article hidden at the end and a loading fallback where it belongs, and Readability
 * skips hidden nodes. This replays the calls on the extraction clone, as React's inline runtime
 * does, so the article is where the browser shows it. On a live page the calls have already run
 * and nothing is left to do.
 */
import { arrayOf } from './dom-text.ts';
import { attrOf, detach, firstChildOf, insertBeforeOf, nextSiblingOf, nodeTypeOf, parentOf, previousSiblingOf, textOf } from './safe-dom.ts';

const CALL = /\$R([CS])\("([^"]{1,40})","([^"]{1,40})"\)/g;

/** Moves streamed segments into place in `doc` (a clone: this mutates). Returns how many moved. */
export function resolveStreamedSegments(doc: Document): number {
  if (!hasStreamMarkers(doc)) return 0;
  let moved = 0;
  for (const [kind, first, second] of streamedCalls(doc)) {
    if (complete(doc, kind, first, second)) moved++;
  }
  // A page saved mid-stream can lack the calls. React numbers a boundary or placeholder after
  // the segment that fills it (`B:3` or `P:3` for `S:3`), so pair what is left by that number.
  for (const segment of doc.querySelectorAll('div[hidden][id^="S:"]')) {
    const n = segment.id.slice(2);
    const done = doc.getElementById(`B:${n}`)
      ? complete(doc, 'C', `B:${n}`, segment.id)
      : complete(doc, 'S', segment.id, `P:${n}`);
    if (done) moved++;
  }
  return moved;
}

/**
 * Whether `doc` has a boundary or placeholder template (`B:n`, `P:n`, or the runtime's data form).
 * A scan of the few `<template>`s: an attribute selector over the whole page cost jsdom ~10 ms.
 */
function hasStreamMarkers(doc: Document): boolean {
  for (const t of arrayOf(doc.getElementsByTagName('template'))) {
    if (/^[BP]:/.test(t.id) || t.hasAttribute('data-rci') || t.hasAttribute('data-rsi')) return true;
  }
  return false;
}

/** The `$RC`/`$RS` calls in document order, from inline scripts or the runtime's `<template>` data form. */
function streamedCalls(doc: Document): Array<['C' | 'S', string, string]> {
  const calls: Array<['C' | 'S', string, string]> = [];
  for (const node of doc.querySelectorAll('script:not([src]), template[data-rci], template[data-rsi]')) {
    if (node.localName === 'template') {
      const rci = node.hasAttribute('data-rci');
      const first = attrOf(node, rci ? 'data-bid' : 'data-sid');
      const second = attrOf(node, rci ? 'data-sid' : 'data-pid');
      if (first && second) calls.push([rci ? 'C' : 'S', first, second]);
      continue;
    }
    const text = textOf(node);
    if (!text.includes('$R')) continue;
    for (const match of text.matchAll(CALL)) calls.push([match[1] as 'C' | 'S', match[2]!, match[3]!]);
  }
  return calls;
}

/**
 * Moves a segment's children to where the browser shows them: `$RC(boundary, segment)` puts them
 * in place of the boundary's fallback (between `<!--$?-->` and its `<!--/$-->`), `$RS(segment,
 * placeholder)` in place of the placeholder.
 */
function complete(doc: Document, kind: 'C' | 'S', first: string, second: string): boolean {
  const [segmentId, targetId] = kind === 'C' ? [second, first] : [first, second];
  const segment = doc.getElementById(segmentId);
  const target = doc.getElementById(targetId);
  const parent = target && parentOf(target);
  if (!segment || !target || !parent) return false;
  detach(segment);
  const open = previousSiblingOf(target);
  let end: ChildNode | null;
  if (kind === 'C' && open && nodeTypeOf(open) === 8 && (open as Comment).data === '$?') {
    end = removeFallback(open);
    (open as Comment).data = '$';
  } else {
    end = nextSiblingOf(target);
    detach(target);
  }
  for (let c = firstChildOf(segment); c; c = firstChildOf(segment)) insertBeforeOf(parent, c, end);
  return true;
}

/** Removes the nodes after `open` up to its matching `<!--/$-->`, which it returns. */
function removeFallback(open: ChildNode): ChildNode | null {
  let depth = 0;
  let node = nextSiblingOf(open);
  while (node) {
    if (nodeTypeOf(node) === 8) {
      const data = (node as Comment).data;
      if (data === '/$') {
        if (depth === 0) return node;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!') depth++;
    }
    const next: ChildNode | null = nextSiblingOf(node);
    detach(node);
    node = next;
  }
  return null;
}
