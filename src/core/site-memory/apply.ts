/**
 * The pipeline's site-memory step, on the extracted article (the core's own clone): fingerprint
 * its blocks, let the decision name the template ones, remove and report them, and hand back what
 * this article adds to the memory. The caller stores it; the core does no I/O.
 */
import { removedText } from '../match.ts';
import { detach } from '../safe-dom.ts';
import type { Removal } from '../types.ts';
import { articlePrints, candidateBlocks } from './blocks.ts';
import { observedPrints, templateVerdicts } from './decide.ts';
import type { SiteMemory, SiteObservations } from './types.ts';

/** How memory removals are reported: like a rule's, with an id, a category and a note. */
export const SITE_MEMORY_RULE = Object.freeze({
  id: 'memory-site-template',
  category: 'template' as const,
  note: "Repeated on other articles of this site (learned as you read): the site's template, not the article",
  /** The pages under `test/fixtures/` that prove it (test/core/site-memory.test.ts reads them in order). */
  fixture: 'site-memory',
});

/**
 * Removes from `root` the blocks `memory` knows from other articles of the site, adding a
 * removal to `removed` for each; returns this article's observations, or null when the article
 * has no prose to tell it apart (then nothing is removed or learned).
 */
export function applySiteMemory(root: Element, memory: SiteMemory, removed: Removal[]): SiteObservations | null {
  const blocks = candidateBlocks(root);
  const current = articlePrints(blocks);
  if (!current) return null;
  const prints = blocks.map((b) => b.print);
  const verdicts = templateVerdicts(prints, memory, current);
  for (const [i, block] of blocks.entries()) {
    if (!verdicts[i]) continue;
    const { id, category, note } = SITE_MEMORY_RULE;
    removed.push({ rule: id, category, reason: note, text: removedText([block.element]) });
    detach(block.element);
  }
  return { ...current, blocks: observedPrints(prints) };
}
