import type { RemovalCategory } from './rules/types.ts';

/** One removal the core made, reported so the UI can explain it and a failing test can name the rule. */
export interface Removal {
  /** Id of the rule that made it (`readability` for nodes Readability itself dropped is never reported). */
  rule: string;
  category: RemovalCategory;
  /** The rule's note. */
  reason: string;
  /** The first ~80 characters of the removed text (empty for an empty slot). */
  text: string;
}

/** Extra rules from the user's options page; validated before they reach the core. */
export interface UserRules {
  selectors: string[];
  phrases: string[];
}

export interface CleanOptions {
  /** The page URL: picks site profiles and resolves relative links. Defaults to `document.URL`. */
  url?: string;
  userRules?: UserRules;
  /**
   * Asked between the pipeline's steps and inside Readability's walks; when it returns true,
   * `cleanDocument` stops by throwing `ExtractionStopped` (see `budget.ts`). The core keeps no clock.
   */
  shouldStop?: () => boolean;
}

/** What the core returns for a page that has an article. */
export interface CleanResult {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  /** Sanitised article HTML: safe to hand to the sanitising renderer, never to `innerHTML` of page data. */
  html: string;
  /** Plain text, paragraphs separated by one blank line. */
  text: string;
  markdown: string;
  wordCount: number;
  readingMinutes: number;
  removed: Removal[];
  /** Readability's own `isProbablyReaderable` verdict on the original page. */
  readerable: boolean;
}
