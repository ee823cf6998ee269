/**
 * Origins and match patterns for auto-clean sites. Settings store origins
 * (`https://www.detik.com`); permissions and content-script registration use match patterns
 * (`https://www.detik.com/*`).
 */

/** The match patterns behind "Auto-clean all sites". */
export const ALL_SITES_PATTERNS = ['http://*/*', 'https://*/*'] as const;

/**
 * Normalises user input or a page URL to an http(s) origin, or returns null.
 * Accepts `https://www.detik.com/path`, `https://www.detik.com` and bare `www.detik.com`
 * (assumed https, the common case for news sites).
 */
export function toOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || (!url.hostname.includes('.') && url.hostname !== 'localhost')) {
    return null;
  }
  return url.origin;
}

/**
 * The match pattern covering every page of an origin: `https://host` → `https://host/*`.
 * Match patterns cannot name a port (a pattern without one matches every port), so it is dropped.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
