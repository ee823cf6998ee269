/**
 * The one message contract between extension contexts: a map from message name to its request
 * and response types. Senders and handlers are typed from this map (see `send`/`handle` helpers
 * in `./messaging.ts`); no `request: any`, no `if (action === …)` chains.
 */
import type { JoinedResult } from '../core/pages/join.ts';
import type { CleanResult, Removal } from '../core/types.ts';

/** Why an extraction produced no article. */
export type ExtractFailure =
  | { reason: 'no-article' }
  | { reason: 'too-large'; bytes: number }
  /** The extraction passed its time budget and stopped; asking again with `unbounded` runs it without one. */
  | { reason: 'timed-out'; ms: number }
  | { reason: 'error'; message: string };

export type ExtractResponse = { ok: true; article: CleanResult } | ({ ok: false } & ExtractFailure);

/** Where the joining of an article's other pages stands (see content/pages/page-joiner.ts). */
export interface PagesStatus {
  /** True once every page found has arrived or failed. */
  done: boolean;
  /** The pages joined so far, in order. */
  pages: number[];
  /** Pages found but not joined, with why. */
  missing: { page: number; url: string; reason: string }[];
  /** The article with every page joined so far. */
  article: JoinedResult;
  error?: string;
}

/** State of the in-place tidy on one tab. */
export interface TidyStatus {
  /** Whether removals are currently applied (false after "Show original"). */
  active: boolean;
  removed: Removal[];
  /** The page kept putting removed blocks back (or had too many): auto-clean stopped on it. */
  gaveUp?: boolean;
}

/** Messages handled by the content scripts of a tab (sent with `tabs.sendMessage`). */
export interface ContentMessages {
  /**
   * Run the full pipeline on a clone of the page, within a time budget unless `unbounded` ("Try
   * anyway"). The last answer comes again while the page and the options are unchanged, unless
   * `fresh` (or `unbounded`) asks for a new extraction.
   */
  extract: { request: { unbounded?: boolean; fresh?: boolean }; response: ExtractResponse };
  /** Build an article from the user's current text selection. */
  extractSelection: { request: { unbounded?: boolean }; response: ExtractResponse };
  /**
   * Start joining the article's other pages (after page 1 is shown) or ask how far it got;
   * null when the article has one page.
   */
  joinPages: { request: Record<string, never>; response: PagesStatus | null };
  /** Add the article's other pages to the live page, after page 1 (in-place auto-clean). */
  showWholeHere: { request: Record<string, never>; response: { added: number } };
  /** Open the in-page reader view overlay; `listen` also starts reading it aloud (the popup's Listen). */
  openReader: { request: { listen?: boolean }; response: { opened: boolean } };
  /** Current in-place tidy state, or null where auto-clean has not run on this page. */
  tidyStatus: { request: Record<string, never>; response: TidyStatus | null };
  /** Put every removed node back ("Show original"), or apply the removals again. */
  setTidyActive: { request: { active: boolean }; response: TidyStatus | null };
}

/**
 * The extraction the background started at a toolbar click (Chrome, background/action-click.ts):
 * the tab's answer, or why the injection failed.
 */
export type Prepared = { answer: ExtractResponse } | { error: string };

/** Messages handled by the background (sent with `runtime.sendMessage`). */
export interface BackgroundMessages {
  /**
   * The auto-clean script reports its removal count for the badge of the sender's tab; `first`
   * on the page's first tidy, which may start the auto-join of its other pages (background/auto-join.ts).
   */
  tidyCount: { request: { count: number; first?: true }; response: void };
  /** The popup asks to (re)inject the on-demand extraction script into a tab. */
  injectExtractor: { request: { tabId: number }; response: { ok: boolean; error?: string } };
  /**
   * The auto-clean script, in reader mode, asks for the reader view on its own tab (the sender's):
   * the background injects the extraction script there and sends it `openReader`. This keeps
   * Readability out of the small auto-clean bundle.
   */
  openReaderInTab: { request: Record<string, never>; response: { opened: boolean } };
  /** The reader, on the first Listen, asks for the read-aloud script in the sender's tab. */
  loadSpeech: { request: Record<string, never>; response: { ok: boolean; error?: string } };
  /** The extraction script, opening the reader the first time, asks for its script in the sender's tab. */
  loadReader: { request: Record<string, never>; response: { ok: boolean; error?: string } };
  /** The reader asks for a weight of the bundled dyslexia-friendly font (base64 of the woff2). */
  fontData: { request: { weight: 400 | 700 }; response: { base64: string } };
  /**
   * The popup opened by a toolbar click takes the extraction the click started in `tabId`; null
   * when none was started (Firefox, or the worker stopped since) or it was taken already.
   */
  takePrepared: { request: { tabId: number }; response: Prepared | null };
}

export type MessageName<M> = keyof M & string;
export type RequestOf<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;
/** The wire format: every message carries its name under `type`. */
export type Envelope<M, K extends keyof M = keyof M> = { type: K } & RequestOf<M, K>;

/**
 * Every message name at run time, one object per contract. `satisfies Record<…>` makes the
 * compiler reject a missing or unknown name, so these lists cannot drift from the interfaces;
 * the messaging tests use them to prove each name has exactly one handler across contexts.
 */
export const CONTENT_MESSAGE_NAMES = Object.keys({
  extract: true,
  extractSelection: true,
  joinPages: true,
  showWholeHere: true,
  openReader: true,
  tidyStatus: true,
  setTidyActive: true,
} satisfies Record<MessageName<ContentMessages>, true>) as MessageName<ContentMessages>[];

export const BACKGROUND_MESSAGE_NAMES = Object.keys({
  tidyCount: true,
  injectExtractor: true,
  openReaderInTab: true,
  loadSpeech: true,
  loadReader: true,
  fontData: true,
  takePrepared: true,
} satisfies Record<MessageName<BackgroundMessages>, true>) as MessageName<BackgroundMessages>[];
