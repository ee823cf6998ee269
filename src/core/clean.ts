/**
 * The cleaning pipeline:
 *   clone → streamed segments put in place → rules pass (before Readability, so inserts neither
 *   sway its scoring nor survive in the article) → lazy images recovered, unseen ones dropped
 *   (images/) → misleading wrapper names taken off →
 *   Readability → (its article's sibling sections, or the page's <main> when it found too little)
 *   → second rules pass → sanitise → text/Markdown.
 * The input document is never mutated.
 */
import { Readability } from '@mozilla/readability';
import { articleOutputs } from './outputs.ts';
import { checkpoint, watchReadability } from './budget.ts';
import { defuseClobbering } from './clobbering.ts';
import { deepNestingRemoval, flattenDeepNesting } from './deep-nesting.ts';
import { compileRules, findMatches, removedText, type CompiledRules } from './match.ts';
import { runDetectors, siteContext, type SiteContext } from './detectors/index.ts';
import { arrayOf, textLength } from './dom-text.ts';
import { finishImages, imageBase, prepareImages, type LeadImage } from './images/index.ts';
import { FALLBACK_CHARS, mainContent, stripNonContent } from './main-fallback.ts';
import { notArticle } from './not-article.ts';
import { keepProseContainers } from './prose-containers.ts';
import { isReaderable } from './readerable.ts';
import { listTagsByName } from './reader-tags.ts';
import { removePageNav } from './pages/page-nav.ts';
import { applyReshapes } from './reshape.ts';
import { extractionRulesFor } from './rules/index.ts';
import { sanitiseInPlace } from './sanitise.ts';
import { dropTitleHeading, sectionRun, sourceParagraph } from './sections.ts';
import { applySiteMemory } from './site-memory/apply.ts';
import { resolveStreamedSegments } from './streamed.ts';
import { withoutSiteName } from './title.ts';
import type { CleanOptions, CleanResult, Removal } from './types.ts';
import { withUserRules } from './user-rules.ts';
import { detach } from './safe-dom.ts';

/**
 * Extracts the cleaned article from `doc`. Returns null when no article is found.
 * @param doc any Document (live page, jsdom, parsed string); it is cloned, never changed.
 * @param options `url` picks site rules and resolves links (default `doc.URL`); `userRules` adds the user's rules;
 *   `shouldStop` is the caller's budget: once it says true, this throws `ExtractionStopped`.
 */
export function cleanDocument(doc: Document, options: CleanOptions = {}): CleanResult | null {
  const url = options.url ?? doc.URL;
  const compiled = compileRules(withUserRules(extractionRulesFor(url), options.userRules));
  const { shouldStop } = options;
  const site = siteContext(doc, url);
  const prepared = prepare(doc, compiled, site, url, shouldStop);
  if (!prepared) return null;
  let { removed } = prepared;
  const { readerable } = prepared;

  const reader = new Readability<Node>(prepared.clone, { serializer: (node) => node });
  listTagsByName(reader, prepared.body);
  watchReadability(reader, shouldStop);
  const article = reader.parse();
  checkpoint(shouldStop);
  let content: Node | null = article?.content ?? null;
  const found = textLength(content);
  const start = found >= FALLBACK_CHARS && content ? sourceParagraph(content, prepared.paragraphs, doc) : null;
  const run = start ? sectionRun(start, found) : null;
  if (run) {
    // The whole run of sections, copied from the input document (read only) into the clone's.
    const holder = prepared.clone.createElement('div');
    for (const section of run) holder.appendChild(prepared.clone.importNode(section, true));
    stripNonContent(holder);
    dropTitleHeading(holder, article?.title);
    content = holder;
  } else if (found < FALLBACK_CHARS) {
    // Readability mutated its clone; the fallback looks at a fresh one.
    const again = prepare(doc, compiled, site, url, shouldStop);
    const main = again && mainContent(again.body, found);
    if (main) {
      content = main;
      removed = again.removed;
    }
  }
  if (!content) return null;
  finishImages(content as Element, prepared.hero, doc, imageBase(site.baseHref, url), removed);
  checkpoint(shouldStop);
  removeMatches(content as ParentNode, compiled, removed);
  // Again on the article: a run of sections is copied from the input, nav included.
  removePageNav(content as Element, url, removed);
  checkpoint(shouldStop);
  const credited = runDetectors(content as Element, site, removed, 'article');
  checkpoint(shouldStop);
  const observed = options.siteMemory ? applySiteMemory(content as Element, options.siteMemory, removed) : null;

  // The article's nodes belong to our clone, so they are sanitised where they are, not copied.
  const container = content as Element;
  sanitiseInPlace(container, validBase(url));
  const outputs = articleOutputs(container, normaliseLang(article?.lang ?? doc.documentElement?.lang));
  if (!outputs) return null;
  const siteName = clean(article?.siteName);
  const title = withoutSiteName(clean(article?.title) ?? clean(doc.title) ?? '', siteName, url);
  return {
    title: title.title,
    byline: clean(article?.byline) ?? clean(credited),
    siteName: siteName ?? title.site,
    publishedTime: clean(article?.publishedTime),
    excerpt: clean(article?.excerpt),
    ...outputs,
    removed,
    readerable,
    notArticle: verdictOf(doc, url, outputs.wordCount),
    ...(observed && { siteMemory: observed }),
  };
}

interface Prepared {
  clone: Document;
  body: Element;
  removed: Removal[];
  /** The clone's paragraphs as cloned, in the input's order: they lead back to the input. */
  paragraphs: Element[];
  /** Readability's `isProbablyReaderable` verdict on the input, taken on the clone before any change. */
  readerable: boolean;
  /** The page's background-image lead photo, which Readability cannot see (see images/hero.ts). */
  hero: LeadImage | null;
}

/** A clone of `doc` (read at `url`) made ready for extraction: streamed segments in place, rules and the page nav applied. */
function prepare(doc: Document, compiled: CompiledRules, site: SiteContext, url: string, shouldStop?: () => boolean): Prepared | null {
  const clone = doc.cloneNode(true) as Document;
  checkpoint(shouldStop);
  if (!clone.documentElement) return null;
  // Before anything reads the clone's forms (see clobbering.ts).
  defuseClobbering(clone);
  const paragraphs = arrayOf(clone.getElementsByTagName('p'));
  const readerable = isReaderable(clone, paragraphs);
  const removed: Removal[] = [];
  const flattened = flattenDeepNesting(clone.documentElement);
  if (flattened) removed.push(deepNestingRemoval(flattened));
  checkpoint(shouldStop);
  resolveStreamedSegments(clone);
  const body = clone.body ?? clone.documentElement;
  applyReshapes(body, compiled.reshapeRules);
  removeMatches(body, compiled, removed);
  removePageNav(body, url, removed);
  checkpoint(shouldStop);
  runDetectors(body, site, removed, 'page');
  const hero = prepareImages(body, doc, imageBase(site.baseHref, url), removed);
  keepProseContainers(body);
  return { clone, body, removed, paragraphs, readerable, hero };
}

function removeMatches(root: ParentNode, compiled: CompiledRules, removed: Removal[]): void {
  for (const { rule, nodes } of findMatches(root, compiled)) {
    removed.push({ rule: rule.id, category: rule.category, reason: rule.note, text: removedText(nodes) });
    for (const node of nodes) detach(node);
  }
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function normaliseLang(lang: string | null | undefined): string | null {
  const tag = lang?.trim();
  return tag && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

function validBase(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/**
 * The not-an-article verdict, or null when it cannot be had. It reads the input page with
 * selector queries; jsdom's selector engine (the CLI's) walks nodes through properties a form's
 * fields can shadow and throws on such a page (issue 18), where a browser's engine does not. A
 * verdict is advice: the article is never lost for want of one.
 */
function verdictOf(doc: Document, url: string, wordCount: number): ReturnType<typeof notArticle> {
  try {
    return notArticle(doc, url, wordCount);
  } catch {
    return null;
  }
}
