/** The core never changes the document it is given: cleaning works on a clone, tidy only plans. */
import { describe, expect, it } from 'vitest';
import { cleanDocument, planTidy } from '../../src/core/index.ts';
import { listFixtures, parseFixture } from './fixtures.ts';

/** A short label for a node in failure messages. */
function item(node: Node): string {
  return `${node.nodeName} "${(node.textContent ?? '').trim().slice(0, 40)}"`;
}

describe('no mutation of the input document', () => {
  for (const fixture of listFixtures()) {
    it(fixture.name, () => {
      const doc = parseFixture(fixture);
      const before = doc.documentElement.outerHTML;
      const nodesBefore = doc.getElementsByTagName('*').length;
      cleanDocument(doc);
      const plan = planTidy(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(doc.getElementsByTagName('*').length).toBe(nodesBefore);
      // The plan points into this very document, so its caller can remove and restore.
      for (const item of plan.items) for (const node of item.nodes) expect(doc.contains(node)).toBe(true);
      // Items are disjoint: no node is planned twice or inside another planned node, so the caller
      // can remove and restore each item on its own.
      const nodes = plan.items.flatMap((item) => item.nodes);
      expect(new Set(nodes).size).toBe(nodes.length);
      for (const a of nodes) for (const b of nodes) if (a !== b) expect(a.contains(b), `${item(a)} contains ${item(b)}`).toBe(false);
    });
  }
});
