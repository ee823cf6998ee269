/**
 * The in-place tidy plan for the auto-clean script: what our rules would remove from the live
 * page, without Readability and without removing anything (the caller removes, and restores).
 */
import { compileRules, findMatches, removedText } from './match.ts';
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

/** Plans the in-place tidy of `doc` (its body, or `root` when given). Pure: `doc` is not changed. */
export function planTidy(doc: Document, options: CleanOptions = {}, root?: ParentNode): TidyPlan {
  const scope = root ?? doc.body;
  if (!scope) return { items: [] };
  const url = options.url ?? doc.URL;
  const compiled = compileRules(withUserRules(rulesFor(url), options.userRules));
  const items = findMatches(scope, compiled).map(({ rule, nodes }) => ({
    rule: rule.id,
    category: rule.category,
    reason: rule.note,
    text: removedText(nodes),
    nodes,
  }));
  return { items };
}
