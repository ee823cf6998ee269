/**
 * Selects the rules for a page: generic ad slots, every language table (pages often lack a
 * reliable `lang`), and the site profiles whose host suffix matches the URL.
 *
 * The returned array is cached per set of matching profiles, so the applier's compile cache
 * (keyed by array identity) compiles each combination once.
 */
import { GENERIC_RULES } from './generic.ts';
import { IMAGE_RULES } from './images.ts';
import { LANGUAGE_TABLES } from './languages.ts';
import { PAGE_NAV_RULES } from './page-nav.ts';
import { SITE_PROFILES } from './sites.ts';
import { STRUCTURAL_RULES } from './structural.ts';
import type { Rule, SiteProfile } from './types.ts';

export { GENERIC_RULES, IMAGE_RULES, LANGUAGE_TABLES, PAGE_NAV_RULES, SITE_PROFILES, STRUCTURAL_RULES };

/** Generic and language rules: the same on every page. */
const BASE_RULES: Rule[] = [...GENERIC_RULES, ...LANGUAGE_TABLES.flatMap((t) => t.rules)];

const cache = new Map<string, Rule[]>();

/** The host of `url`, lower-cased, or '' when it is not a URL. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** True when `host` is `suffix` or a subdomain of it (`news.detik.com` for `detik.com`). */
function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

/** The site profiles that apply to `url`. */
export function profilesFor(url: string): SiteProfile[] {
  const host = hostOf(url);
  if (!host) return [];
  return SITE_PROFILES.filter((p) => p.hosts.some((h) => hostMatches(host, h)));
}

/**
 * Rules for a page at `url`: generic, then all language tables, then matching site profiles.
 * Order matters: the applier reports the first rule that matches a node.
 */
export function rulesFor(url: string): Rule[] {
  const profiles = profilesFor(url);
  const key = profiles.map((p) => p.id).join(',');
  let rules = cache.get(key);
  if (!rules) {
    rules = profiles.length ? [...BASE_RULES, ...profiles.flatMap((p) => p.rules)] : BASE_RULES;
    cache.set(key, rules);
  }
  return rules;
}

const extractionCache = new Map<Rule[], Rule[]>();

/**
 * Rules for extracting the article at `url`: `rulesFor`'s, then the page-nav rules, which an
 * in-place tidy never applies (see page-nav.ts). Cached per `rulesFor` array, like it.
 */
export function extractionRulesFor(url: string): Rule[] {
  const base = rulesFor(url);
  let rules = extractionCache.get(base);
  if (!rules) {
    rules = [...base, ...PAGE_NAV_RULES];
    extractionCache.set(base, rules);
  }
  return rules;
}

/** Every rule in every table (the structural detectors, image and page-nav rules too), for the lint test and the options page. */
export function allRules(): Rule[] {
  return [...BASE_RULES, ...SITE_PROFILES.flatMap((p) => p.rules), ...PAGE_NAV_RULES, ...STRUCTURAL_RULES, ...IMAGE_RULES];
}
