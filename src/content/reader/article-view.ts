/**
 * The article part of the reader overlay: site, title, byline · date · reading time, and the
 * body. The body comes from `CleanResult.html`, parsed inert and copied through the core
 * sanitiser; no HTML string is ever written into the page.
 */
import { sanitiseInto } from '../../core/sanitise.ts';
import type { CleanResult } from '../../core/types.ts';
import { fallBackOnImageError } from '../../shared/image-fallback.ts';
import { messagesLocale, plural } from '../../shared/i18n.ts';

/** Id of the title heading inside the shadow root; the dialog is labelled by it. */
export const TITLE_ID = 'bersih-reader-title';

/** A readable date in the UI language, or the page's own text when it is not a date we can read. */
export function formatDate(value: string, locale: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(time);
  } catch {
    return new Date(time).toISOString().slice(0, 10);
  }
}

function paragraph(doc: Document, className: string, text: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

/**
 * Builds the `<article>` element for `article`, owned by `doc`. Links and images are resolved
 * against `baseUrl` (the page address) if the core left any relative.
 */
export function buildArticle(doc: Document, article: CleanResult, baseUrl?: string): HTMLElement {
  const root = doc.createElement('article');
  if (article.lang) root.lang = article.lang;

  const header = doc.createElement('header');
  if (article.siteName) header.append(paragraph(doc, 'site', article.siteName));
  const title = doc.createElement('h1');
  title.id = TITLE_ID;
  title.textContent = article.title;
  header.append(title);
  const meta = [
    article.byline,
    article.publishedTime ? formatDate(article.publishedTime, messagesLocale()) : null,
    plural('readingTime', article.readingMinutes),
  ].filter((part): part is string => Boolean(part));
  header.append(paragraph(doc, 'meta', meta.join(' · ')));

  const body = doc.createElement('div');
  body.className = 'body';
  // DOMParser documents are inert: no script runs and no image loads while we copy from it.
  const parsed = new DOMParser().parseFromString(article.html, 'text/html');
  body.append(sanitiseInto(parsed.body, doc, baseUrl));
  // An image that fails (a strict page's img-src blocks other hosts) leaves its alt text and caption.
  fallBackOnImageError(body);

  root.append(header, body);
  return root;
}
