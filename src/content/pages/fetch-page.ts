/**
 * The content script's fetch of one of the article's other pages: same origin only (activeTab
 * lets the content script read its own origin, nothing else), with a timeout and a size cap,
 * parsed inertly (DOMParser documents run no script and load nothing).
 */

/** Milliseconds one page may take. */
export const PAGE_TIMEOUT_MS = 10_000;
/** Characters one page may have: a real article page is well under a megabyte. */
export const PAGE_MAX_CHARS = 5 * 1024 * 1024;

/**
 * Fetches `url` from the page at `origin` and parses it; rejects with a short reason (shown to
 * the reader as why the page is missing).
 */
export async function fetchSameOriginPage(url: string, origin: string, fetchFn: typeof fetch = fetch): Promise<Document> {
  if (new URL(url).origin !== origin) throw new Error('another site');
  let response: Response;
  try {
    response = await fetchFn(url, { credentials: 'same-origin', redirect: 'follow', signal: AbortSignal.timeout(PAGE_TIMEOUT_MS) });
  } catch (error) {
    throw new Error(error instanceof Error && error.name === 'TimeoutError' ? 'no answer in time' : 'network error', { cause: error });
  }
  if (response.url && new URL(response.url).origin !== origin) throw new Error('redirected to another site');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !/^(?:text\/html|application\/xhtml\+xml)\b/i.test(type)) throw new Error('not a web page');
  // `text()` honours the charset of the Content-Type header.
  const html = await response.text();
  if (html.length > PAGE_MAX_CHARS) throw new Error('page too large');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // DOMParser documents have no URL of their own: a <base> makes their relative links resolve.
  const base = doc.createElement('base');
  base.href = response.url || url;
  doc.head.prepend(base);
  return doc;
}
