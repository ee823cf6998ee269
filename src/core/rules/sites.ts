/**
 * Per-site profiles: selectors for inserts whose markup is specific to one outlet or CMS.
 *
 * Sources, as the notes say per rule: "seen" = literal markup in the saved pages listed in
 * `corpus/id-news/PATTERNS.md` (page numbers given); "scraper" = a selector used by public
 * scraper code for that outlet (no saved page seen); "modelled" = no markup seen anywhere, the
 * rule reproduces the pattern described in the seed or issue and should be checked on a live page.
 * Text-only inserts ("Baca juga:", "[Gambas:…]") are left to the language tables.
 *
 * The profiles live in two files of about 250 lines each; this module joins them.
 */
import { NATIONAL_GROUP_PROFILES } from './sites-national.ts';
import { OUTLET_PROFILES } from './sites-outlets.ts';
import type { SiteProfile } from './types.ts';

export const SITE_PROFILES: SiteProfile[] = [...NATIONAL_GROUP_PROFILES, ...OUTLET_PROFILES];
