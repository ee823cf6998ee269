/**
 * The headings of a sanitised article, with anchor slugs: what the reader's contents list and the
 * Markdown contents list are built from (issue 16). Pure: reads the tree, never writes to it; the
 * reader sets the ids on its own copy.
 *
 * Slugs follow GitHub's (github-slugger): lower case, punctuation dropped, spaces to hyphens, a
 * repeated slug gets `-1`, `-2`…, so a contents list pasted as Markdown links to the anchors the
 * common renderers (GitHub, GitLab, markdown-it-anchor) give the headings.
 */
import { normaliseText } from './dom-text.ts';
import { localNameOf, queryAllOf, textOf } from './safe-dom.ts';

/** A contents list is offered from this many headings on; below it, a list adds nothing. */
export const MIN_CONTENTS_HEADINGS = 3;

export interface Heading {
  element: Element;
  /** 1 for `<h1>` … 6 for `<h6>`. */
  level: number;
  /** The heading's text, whitespace collapsed. */
  text: string;
  /** A unique anchor id, derived from the text. */
  slug: string;
}

/** What GitHub keeps of a heading in its slug: letters, marks, digits, connectors, space, hyphen. */
const DROPPED = /[^\p{L}\p{M}\p{N}\p{Pc} -]/gu;
/** The slug of a heading whose text has nothing a slug keeps ("!!!", an emoji). */
const FALLBACK_SLUG = 'section';

/** The GitHub-style slug of `text`, before making it unique. */
export function slugify(text: string): string {
  const slug = normaliseText(text).toLowerCase().replace(DROPPED, '').replace(/ /g, '-');
  return /[\p{L}\p{N}]/u.test(slug) ? slug : FALLBACK_SLUG;
}

/**
 * Hands out unique slugs in document order (GitHub's rule: the second "Intro" is `intro-1`).
 * `reserved` slugs count as already used, e.g. the title printed above the article.
 */
export function slugger(reserved: readonly string[] = []): (text: string) => string {
  const seen = new Map<string, number>(reserved.map((slug) => [slug, 0]));
  return (text) => {
    const base = slugify(text);
    let slug = base;
    while (seen.has(slug)) {
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      slug = `${base}-${n}`;
    }
    seen.set(slug, 0);
    return slug;
  };
}

/**
 * The headings under `root` in document order, skipping empty ones, each with a unique slug.
 * `reservedTexts` are headings outside `root` that take their slugs first (the article's title).
 */
export function collectHeadings(root: Element, reservedTexts: readonly string[] = []): Heading[] {
  const next = slugger();
  for (const text of reservedTexts) if (normaliseText(text)) next(text);
  const headings: Heading[] = [];
  for (const element of Array.from(queryAllOf(root, 'h1, h2, h3, h4, h5, h6'))) {
    const text = normaliseText(textOf(element));
    if (!text) continue;
    headings.push({ element, level: Number(localNameOf(element).slice(1)), text, slug: next(text) });
  }
  return headings;
}

/** Whether `headings` are enough for a contents list. */
export function wantsContents(headings: readonly Heading[]): boolean {
  return headings.length >= MIN_CONTENTS_HEADINGS;
}

/**
 * How deep each heading sits in a contents list: 0 for the highest level present, at most
 * `maxDepth`. Levels are ranked, not subtracted, so an article of `h2`s and `h4`s nests one step.
 */
export function contentsDepths(headings: readonly Heading[], maxDepth = 2): number[] {
  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  return headings.map((h) => Math.min(maxDepth, levels.indexOf(h.level)));
}
