/**
 * The in-place tidy plan for the auto-clean script: what our rules would remove from the live
 * page, without Readability and without removing anything (the caller removes, and restores).
 */
import { compileRules, removedText, walkMatches, type Match, type MatchWalk } from './match.ts';
import { rulesFor } from './rules/index.ts';
import type { RemovalCategory } from './rules/types.ts';
import type { CleanOptions } from './types.ts';
import { withUserRules } from './user-rules.ts';

export interface TidyItem {
  rule: string;
  category: RemovalCategory;
  reason: string;
  text: string;
  /** Nodes of the given document, in document order. */
  nodes: Node[];
}

export interface TidyPlan {
  items: TidyItem[];
}

/**
 * A tidy plan in slices, for a live page too big to plan in one task: each `next` plans a little
 * more, in document order, until `done`. The caller may remove what a slice found before asking
 * for the next.
 */
export type TidySweep = MatchWalk<TidyItem>;

/**
 * Starts planning the in-place tidy of `doc` (its body, or `root` when given), slice by slice.
 * Pure: no timers, `doc` is not changed; the caller decides when a slice ends.
 */
export function startTidy(doc: Document, options: CleanOptions = {}, root: ParentNode | null = doc.body): TidySweep {
  const compiled = compileRules(withUserRules(rulesFor(options.url ?? doc.URL), options.userRules));
  return root ? walkMatches(root, compiled, tidyItem) : { next: () => [], done: true };
}

/** Plans the in-place tidy of `doc` (its body, or `root` when given) in one go. Pure: `doc` is not changed. */
export function planTidy(doc: Document, options: CleanOptions = {}, root?: ParentNode): TidyPlan {
  return { items: startTidy(doc, options, root).next(() => false) };
}

function tidyItem({ rule, nodes }: Match): TidyItem {
  return { rule: rule.id, category: rule.category, reason: rule.note, text: removedText(nodes), nodes };
}
