/**
 * The extractors the evaluation and the benchmark compare, each timed with `performance.now()`
 * around the extraction alone (the DOM parse is shared and excluded).
 *
 * The core is imported dynamically so the harness still runs (Readability only) while the core is
 * being written or when it fails to load; the load error is reported instead of crashing.
 */
import { Readability } from '@mozilla/readability';
import { toText } from '../../src/core/text.ts';

type CoreModule = typeof import('../../src/core/index.ts');

let corePromise: Promise<CoreModule | Error> | undefined;

/** The cleaning core, or the error that stopped it from loading. */
export function loadCore(): Promise<CoreModule | Error> {
  corePromise ??= import('../../src/core/index.ts').catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  return corePromise;
}

export interface Extraction {
  text: string;
  ms: number;
  /** Set when the extractor threw; the output then counts as empty. */
  error?: string;
  /** Ours only: the kind of page `notArticle` says it is (null for an article). */
  verdict?: string | null;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/** Our full pipeline: `cleanDocument(doc, {url})` → `.text` (null → empty output). */
export function runOurs(core: CoreModule, doc: Document, url: string): Extraction {
  const start = performance.now();
  try {
    const result = core.cleanDocument(doc, { url });
    const ms = performance.now() - start;
    return { text: result ? result.text : '', ms, verdict: result?.notArticle?.kind ?? null };
  } catch (e) {
    return { text: '', ms: performance.now() - start, error: message(e) };
  }
}

/**
 * Plain Readability on a clone (it mutates its input), with its default serializer as a real
 * caller would use it; the article HTML is turned into text outside the timed section, through the
 * same text function used for the readability corpus' expected pages and for our `.text`.
 */
export function runReadability(doc: Document): Extraction {
  const start = performance.now();
  try {
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    const ms = performance.now() - start;
    return { text: article?.content ? htmlText(doc, article.content) : '', ms };
  } catch (e) {
    return { text: '', ms: performance.now() - start, error: message(e) };
  }
}

/**
 * Block-aware text of an HTML string, parsed inertly in a `<template>` of `owner`, through the
 * core's own `toText`, so Readability's output, the expected pages and our `.text` are all
 * derived the same way (`textContent` would glue `<li>a</li><li>b</li>` into one token).
 */
export function htmlText(owner: Document, html: string): string {
  const template = owner.createElement('template');
  // Inert parse of extractor output for measurement only (never rendered); src/ keeps its ban.
  template.innerHTML = html;
  return toText(template.content);
}
