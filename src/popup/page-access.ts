/**
 * Which tabs the popup can work on. Browsers refuse script injection into their own pages, the
 * extension stores and the built-in PDF viewer; `file://` pages need the user's "Allow access to
 * file URLs" switch. Classifying up front gives the user a clear reason instead of an API error.
 */

export type ForbiddenReason = 'browser-page' | 'extension-page' | 'store' | 'pdf' | 'no-url';

export type PageAccess =
  /** Injectable; `origin` is the http(s) origin (null for file pages, which cannot be auto-cleaned). */
  | { kind: 'ok'; origin: string | null }
  | { kind: 'forbidden'; reason: ForbiddenReason }
  /** A `file://` page while "Allow access to file URLs" is off. */
  | { kind: 'file-access' };

/** Chrome's built-in PDF viewer extension. */
const PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

const BROWSER_SCHEMES = new Set([
  'chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'view-source:', 'devtools:',
  'chrome-search:', 'chrome-untrusted:', 'resource:', 'data:', 'javascript:', 'blob:',
]);
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:']);

/** Pages of the extension stores, where every browser blocks content scripts. */
function isStore(url: URL): boolean {
  const host = url.hostname;
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && url.pathname.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    host === 'microsoftedge.microsoft.com'
  );
}

/** Classifies a tab URL; `fileAccessAllowed` is `extension.isAllowedFileSchemeAccess()`. */
export function classifyUrl(rawUrl: string | undefined, fileAccessAllowed: boolean): PageAccess {
  if (!rawUrl) return { kind: 'forbidden', reason: 'no-url' };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { kind: 'forbidden', reason: 'no-url' };
  }
  if (EXTENSION_SCHEMES.has(url.protocol)) {
    return { kind: 'forbidden', reason: url.hostname === PDF_VIEWER_ID ? 'pdf' : 'extension-page' };
  }
  if (BROWSER_SCHEMES.has(url.protocol)) return { kind: 'forbidden', reason: 'browser-page' };
  // The PDF viewer replaces the page, so a .pdf URL has no article DOM to read.
  if (/\.pdf$/i.test(url.pathname)) return { kind: 'forbidden', reason: 'pdf' };
  if (url.protocol === 'file:') return fileAccessAllowed ? { kind: 'ok', origin: null } : { kind: 'file-access' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'forbidden', reason: 'browser-page' };
  if (isStore(url)) return { kind: 'forbidden', reason: 'store' };
  return { kind: 'ok', origin: url.origin };
}
