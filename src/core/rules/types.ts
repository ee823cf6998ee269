/**
 * Rules are data: each one names what it removes, why, and the fixture that proves it.
 * The only logic lives in `../match.ts`, which applies them.
 */

/** Why a block was removed; the popup groups its summary by this. */
export type RemovalCategory =
  | 'related' // "Baca Juga", "Read also", related-article boxes
  | 'ad' // ad slots, ad labels, empty placeholders
  | 'promo' // "Simak video", follow-us prompts, newsletter boxes
  | 'syndication' // "Artikel ini telah tayang di …"
  | 'navigation' // pagination, "next page" links inside the body
  | 'user' // a rule the user added in the options page
  | 'template' // blocks site memory learned are the site's, repeated on its other articles
  | 'structure'; // a guard of the pipeline reshaped a hostile structure (see ../deep-nesting.ts)

interface RuleBase {
  /** Unique, kebab-case, prefixed by its table: `ad-`, `id-`, `en-`, `site-detik-`… */
  id: string;
  /** One line: what the rule removes and where it was seen. */
  note: string;
  category: RemovalCategory;
  /** Name of the folder under `test/fixtures/` in which this rule fires. */
  fixture: string;
}

/** Removes every element matching a CSS selector. */
export interface SelectorRule extends RuleBase {
  kind: 'selector';
  selector: string;
}

/**
 * Removes a block (p, div, li, table, h2–h6, blockquote…) whose text *starts* with one of the
 * phrases, only when the block is short or mostly link text (the prose guard in `../match.ts`).
 */
export interface PhraseRule extends RuleBase {
  kind: 'phrase';
  /** Regex source, matched case-insensitively against the start of the block's trimmed text. */
  pattern: string;
  /** Also remove the run of following sibling blocks that hold only links (merdeka's label + links). */
  takeLinkSiblings?: boolean;
}

/** Removes a block whose whole trimmed text equals a marker, such as "ADVERTISEMENT" or "rb-1". */
export interface MarkerRule extends RuleBase {
  kind: 'marker';
  /** Regex source that must match the block's whole trimmed text (anchors are added). */
  pattern: string;
}

/**
 * Reshapes the extraction clone before Readability where an outlet splits one article in a way
 * Readability misreads: `unwrap` replaces each match with its children (liputan6 wraps each page
 * of an article in its own container, and Readability keeps only the first), `reveal` clears
 * `hidden` and inline `display: none` (merdeka ships pages 2 to n hidden). Never applied to the
 * live page, never reported as a removal; its category says what the reshape is about.
 */
export interface ReshapeRule extends RuleBase {
  kind: 'reshape';
  action: 'unwrap' | 'reveal';
  selector: string;
}

/**
 * A structural detector: code in `../detectors/`, found by its `detector` name, that recognises a
 * family of clutter by the shape of the DOM first and its wording second, so that it works on
 * outlets no profile names. Applied by the extraction pipeline only, never by the in-page tidy.
 */
export interface DetectorRule extends RuleBase {
  kind: 'detector';
  detector: DetectorName;
}

/** The detectors `../detectors/index.ts` implements. */
export type DetectorName =
  /** An article's own page nav: `./page-nav.ts`, applied by `../pages/page-nav.ts`. */
  | 'page-nav'
  | 'hidden-pages'
  | 'link-block'
  | 'link-run'
  | 'teaser-run'
  | 'tag-list'
  | 'orphan-heading'
  | 'credit-block'
  | 'author-bio'
  | 'signup-box'
  | 'contents-list'
  | 'repeated-block'
  // Implemented in ../images/pixels.ts (rules: ./images.ts).
  | 'tracking-pixel'
  | 'spacer-image'
  | 'hidden-image';

export type Rule = SelectorRule | PhraseRule | MarkerRule | ReshapeRule | DetectorRule;

/** Rules that apply only on some hosts. */
export interface SiteProfile {
  id: string;
  note: string;
  /** Host suffixes: `detik.com` matches `news.detik.com`. */
  hosts: string[];
  rules: Rule[];
}

/** Phrase rules for one language. All tables apply on every page (pages often lack `lang`). */
export interface LanguageTable {
  /** BCP 47 primary tag: `id`, `ms`, `en`, `de`… */
  lang: string;
  rules: Rule[];
}
