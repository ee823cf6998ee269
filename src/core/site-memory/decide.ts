/**
 * The decision, pure: block fingerprints and the site's memory in, one verdict per block out.
 * A block is the site's template when the memory has seen its text on a different article of the
 * same site. Guards: prose blocks never go, a block seen on this article only never goes (nor on
 * an earlier version of it: one that shares half its prose), and a heading goes only with
 * everything under it (a repeated "References" over a list of its own is the article's).
 */
import type { BlockPrint, SiteMemory, SiteObservations } from './types.ts';

/** This article as the decision sees it: its identity and its prose fingerprints. */
export interface ArticlePrints {
  article: string;
  prose: readonly string[];
}

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** Whether the article `id` in `memory` is another article than `current`, not a version of it. */
function isOther(id: string, current: ArticlePrints, memory: SiteMemory): boolean {
  if (id === current.article) return false;
  const seen = own(memory.articles, id);
  // Forgotten (over the cap): it was read long before; its identity differs, so take it as another.
  if (!seen) return true;
  const mine = new Set(current.prose);
  const shared = seen.p.filter((fp) => mine.has(fp)).length;
  return shared * 2 < Math.min(seen.p.length, mine.size);
}

/**
 * For each block, whether it is template to remove from the current article.
 * @param blocks the article's candidate blocks, in document order.
 * @param memory the site's memory before this article was observed.
 * @param current this article's identity and prose.
 */
export function templateVerdicts(blocks: readonly BlockPrint[], memory: SiteMemory, current: ArticlePrints): boolean[] {
  const verdicts = blocks.map((b) => !b.prose && (own(memory.blocks, b.fp)?.a.some((id) => isOther(id, current, memory)) ?? false));
  // Last to first, so a sub-heading is settled before the heading above it looks at it.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const level = blocks[i]?.heading ?? 0;
    if (level === 0 || !verdicts[i]) continue;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]?.heading ?? 0;
      if (next > 0 && next <= level) break;
      if (!verdicts[j]) {
        verdicts[i] = false;
        break;
      }
    }
  }
  return verdicts;
}

/**
 * Whether `memory` could remove anything from the article that made `observations`: one of its
 * blocks was seen on another article. False means cleaning it with `memory` changes nothing.
 */
export function mayRemove(observations: SiteObservations, memory: SiteMemory): boolean {
  return observations.blocks.some((fp) => own(memory.blocks, fp)?.a.some((id) => isOther(id, observations, memory)) ?? false);
}

/** The fingerprints one article adds to the memory: its non-prose blocks, once each. */
export function observedPrints(blocks: readonly BlockPrint[]): string[] {
  return [...new Set(blocks.filter((b) => !b.prose).map((b) => b.fp))];
}
