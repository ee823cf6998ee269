/**
 * Which site a page belongs to, for the memory: its registrable domain, roughly. `news.detik.com`
 * and `finance.detik.com` share one template; `kompas.com` and `kompas.id` do not. A small list of
 * second-level labels stands in for the Public Suffix List (too big for the auto-clean bundle),
 * and shared hosts keep the owner's label (two github.io blogs are two sites).
 */

/** Second-level labels under a country code: `co.id`, `com.my`, `ac.uk`… */
const SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'go', 'gov', 'mil', 'ne', 'net', 'or', 'org', 'sch', 'web', 'my', 'biz', 'nom', 'ltd', 'plc']);
/** Hosts under which each subdomain belongs to someone else. */
const SHARED_HOSTS = new Set([
  'github.io', 'gitlab.io', 'blogspot.com', 'wordpress.com', 'tumblr.com', 'substack.com', 'medium.com',
  'netlify.app', 'vercel.app', 'pages.dev', 'web.app', 'firebaseapp.com', 'herokuapp.com', 'neocities.org',
  'bearblog.dev', 'hashnode.dev', 'ghost.io', 'wixsite.com', 'weebly.com', 'notion.site', 'webflow.io',
  'livejournal.com', 'blogspot.co.id',
]);

/** The site key of `url`, or null for an address that is not http(s) or names no host. */
export function siteKey(url: string): string | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  if (host === '') return null;
  // IP addresses (v4, or v6 in brackets) and single labels (localhost) are their own site.
  if (/^[\d.]+$/.test(host) || host.startsWith('[') || !host.includes('.')) return host;
  const labels = host.split('.');
  let keep = labels.length > 2 && labels.at(-1)?.length === 2 && SECOND_LEVEL.has(labels.at(-2) ?? '') ? 3 : 2;
  if (labels.length > keep && SHARED_HOSTS.has(labels.slice(-keep).join('.'))) keep += 1;
  return labels.slice(-keep).join('.');
}
