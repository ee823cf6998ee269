/** Host matching shared by the pages profiles (the same test as the rule tables' profiles). */

/** The host of `url`, lower-cased, or '' when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** True when `host` is `suffix` or a subdomain of it (`news.detik.com` for `detik.com`). */
export function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}
