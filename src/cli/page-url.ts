/**
 * The URL a page is cleaned as: it picks the site profile and resolves relative links, so it
 * matters for saved pages, whose own address is lost. Precedence: `--url`, the page's
 * `<link rel=canonical>`, its `og:url`, else a `file://` URL of the saved file.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** An absolute http(s) URL, or null for anything else (relative, javascript:, garbage). */
function absoluteHttp(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The page's own claim about its address: canonical link first, then Open Graph. */
export function declaredUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content');
  return absoluteHttp(canonical) ?? absoluteHttp(og);
}

/** The `file://` URL of a path (null for stdin). */
export function fileUrl(file: string): string | null {
  return file === '-' ? null : pathToFileURL(resolve(file)).href;
}

/** Picks the page URL: explicit, declared by the page, or the file's own. */
export function pageUrl(doc: Document, explicit: string | undefined, file: string): string | undefined {
  return explicit ?? declaredUrl(doc) ?? fileUrl(file) ?? undefined;
}
