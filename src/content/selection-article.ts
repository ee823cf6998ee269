/**
 * The `extractSelection` answer: an article made of what the user selected.
 *
 * The selected ranges are copied (`cloneContents`) into a fresh, inert document that keeps the
 * page's title, language and metadata tags, and the core runs on that. A short selection often
 * has too little text for Readability; then the selection itself, minus what our rules remove,
 * becomes the article.
 */
import { cleanDocument } from '../core/clean.ts';
import { articleOutputs } from '../core/outputs.ts';
import { sanitiseInto } from '../core/sanitise.ts';
import { planTidy } from '../core/tidy.ts';
import type { CleanOptions, CleanResult, Removal } from '../core/types.ts';
import type { ExtractResponse } from '../shared/messages.ts';
import { EXTRACT_BUDGET_MS, checkSize, guarded, withBudget } from './extract-article.ts';

/** Head elements Readability reads metadata from (site name, byline, date). */
const METADATA = 'meta[name], meta[property], meta[itemprop], script[type="application/ld+json"]';

/**
 * A new document holding copies of the selected ranges of `page`, with the page's title,
 * `lang` and metadata. Created with `createHTMLDocument`, so nothing in it runs or loads.
 */
export function selectionDocument(page: Document, selection: Selection): Document {
  const out = page.implementation.createHTMLDocument(page.title);
  const lang = page.documentElement.getAttribute('lang');
  if (lang) out.documentElement.setAttribute('lang', lang);
  for (const element of page.head?.querySelectorAll(METADATA) ?? []) {
    out.head.append(out.importNode(element, true));
  }
  for (let i = 0; i < selection.rangeCount; i++) {
    out.body.append(out.adoptNode(selection.getRangeAt(i).cloneContents()));
  }
  return out;
}

/** The selection as an article without Readability: title from the page, text from the selection. */
export function selectionFallback(page: Document, selected: Document, options: CleanOptions): CleanResult | null {
  const removed: Removal[] = [];
  for (const item of planTidy(selected, options).items) {
    removed.push({ rule: item.rule, category: item.category, reason: item.reason, text: item.text });
    for (const node of item.nodes) node.parentNode?.removeChild(node);
  }
  const container = selected.createElement('div');
  container.append(sanitiseInto(selected.body, selected, options.url));
  const outputs = articleOutputs(container, page.documentElement.getAttribute('lang')?.trim() || null);
  if (!outputs) return null;
  return {
    title: page.title.trim(),
    byline: null,
    siteName: null,
    publishedTime: null,
    excerpt: null,
    ...outputs,
    removed,
    readerable: false,
  };
}

/**
 * Extracts an article from `selection` on `page`; `no-article` when nothing (or only space) is
 * selected. Readability runs within `budgetMs` (none when null), as for the whole page.
 */
export function extractSelection(
  page: Document,
  selection: Selection | null,
  options: CleanOptions,
  clean: typeof cleanDocument = cleanDocument,
  budgetMs: number | null = EXTRACT_BUDGET_MS,
): ExtractResponse {
  return guarded(() => {
    if (!selection || selection.rangeCount === 0 || selection.toString().trim() === '') {
      return { ok: false, reason: 'no-article' };
    }
    const selected = selectionDocument(page, selection);
    const tooLarge = checkSize(selected);
    if (tooLarge) return tooLarge;
    const opts = { ...options, url: options.url ?? page.URL };
    const bounded = budgetMs === null ? opts : withBudget(opts, budgetMs);
    const article = clean(selected, bounded) ?? selectionFallback(page, selected, opts);
    return article ? { ok: true, article } : { ok: false, reason: 'no-article' };
  });
}
