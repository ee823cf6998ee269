/**
 * Renders a `CleanResult` into the popup. The article HTML comes from a web page, so it is parsed
 * inertly (DOMParser documents run no scripts and load nothing) and reaches the popup only
 * through the core's allowlist sanitiser; every other field is set as text.
 */
import type { CleanResult } from '../core/types.ts';
import { sanitiseInto } from '../core/sanitise.ts';
import { fallBackOnImageError } from '../shared/image-fallback.ts';
import { formatDate, formatReadingTime } from './format.ts';

/** The sanitised article body as a fragment owned by `doc`. */
export function articleFragment(doc: Document, html: string, baseUrl?: string): DocumentFragment {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const parsed = new Parser().parseFromString(html, 'text/html');
  return sanitiseInto(parsed.body, doc, baseUrl);
}

function textElement(doc: Document, tag: string, className: string, text: string): HTMLElement {
  const element = doc.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** The metadata line: site · byline · date · reading time (missing parts left out). */
function renderMeta(doc: Document, article: CleanResult, pageUrl: string | undefined): HTMLElement {
  const meta = doc.createElement('p');
  meta.className = 'article-meta';
  const site = article.siteName ?? (pageUrl ? hostOf(pageUrl) : null);
  const date = formatDate(article.publishedTime);
  const parts: HTMLElement[] = [];
  if (site) parts.push(textElement(doc, 'span', 'article-site', site));
  if (article.byline) parts.push(textElement(doc, 'span', 'article-byline', article.byline));
  if (date) {
    const time = textElement(doc, 'time', 'article-date', date);
    time.setAttribute('datetime', article.publishedTime ?? '');
    parts.push(time);
  }
  parts.push(textElement(doc, 'span', 'article-reading-time', formatReadingTime(article.readingMinutes)));
  parts.forEach((part, i) => {
    if (i > 0) meta.append(' · ');
    meta.append(part);
  });
  return meta;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** The article: title, metadata line, and the sanitised body. */
export function renderArticle(doc: Document, article: CleanResult, pageUrl?: string): HTMLElement {
  const container = doc.createElement('article');
  container.className = 'article';
  if (article.lang) container.lang = article.lang;
  container.append(textElement(doc, 'h2', 'article-title', article.title), renderMeta(doc, article, pageUrl));
  const body = doc.createElement('div');
  body.className = 'article-body';
  body.append(articleFragment(doc, article.html, pageUrl));
  // An image that fails leaves its alt text and caption, not a broken icon.
  fallBackOnImageError(body);
  container.append(body);
  return container;
}
