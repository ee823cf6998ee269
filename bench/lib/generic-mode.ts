/**
 * The eval's `--generic` mode: our pipeline run a second time on every page under a neutral
 * address, so that no site profile applies. That is how Bersih meets an outlet it has never seen,
 * or one whose template changed since its profile was written (issue 14).
 *
 * Only the address handed to `cleanDocument` changes: the page is parsed once, at its real URL,
 * and both modes read the same document. Host-specific knowledge in the core must come from the
 * `url` option (the profiles do), so nothing of the real host reaches the rules through it.
 */

/** The host of every neutral address: `.invalid` is reserved (RFC 2606), no profile names it. */
export const NEUTRAL_HOST = 'unknown-outlet.invalid';

/** `url` with its host replaced by the neutral one; path, query and fragment are kept. */
export function neutralUrl(url: string): string {
  try {
    const u = new URL(url);
    return `https://${NEUTRAL_HOST}${u.pathname}${u.search}${u.hash}`;
  } catch {
    return `https://${NEUTRAL_HOST}/`;
  }
}
