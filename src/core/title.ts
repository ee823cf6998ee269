/**
 * The article's title without the site's name. Pages title themselves "Headline - Outlet.com",
 * "Outlet: Section - Headline" or "Headline | Section | Outlet"; the reader wants the headline.
 * A segment at either end is the site's name when it matches `og:site_name` or the page's host
 * (`Kompas.com`, `detikNews` on news.detik.com, `Republika Online` on republika.co.id); the
 * section segment beside it goes too when it is short. A title that only looks like one is kept:
 * no segment names the site, nothing would be left, or the headline starts with the same word
 * ("Detik - Detik Jelang Pelantikan").
 */

/** Separators with spaces around them (" : " too, as okezone writes it), the `|` also without. */
const SEPARATOR = /\s+(?:[-–—|·•»/:]|::)\s+|\|/g;
/** A colon only separates a prefix ("Outlet: Headline"). */
const PREFIX_COLON = /^([^:]{2,40}):\s+/;
/** Second-level labels of public suffixes (`co.id`, `com.au`), so the brand is the label before. */
const SECOND_LEVEL = new Set(['co', 'com', 'or', 'ac', 'go', 'net', 'org', 'web', 'my', 'sch', 'gov', 'edu', 'biz', 'ne']);
/** The most words a site-name or section segment has. */
const MAX_NAME_WORDS = 6;
const MAX_SECTION_WORDS = 2;

export interface TitleParts {
  title: string;
  /** The site name as the title wrote it, when a segment was taken off as one. */
  site: string | null;
}

const normalise = (s: string): string =>
  s.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = (s: string): string[] => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** The names a page's site goes by, normalised: its brand label, its host, its declared name. */
function siteNames(siteName: string | null, url: string | undefined): { exact: string[]; brands: string[] } {
  const exact: string[] = [];
  const brands: string[] = [];
  if (siteName) {
    const name = normalise(siteName);
    if (name) exact.push(name);
    const bare = normalise(siteName.replace(/\.[a-z]{2,3}(\.[a-z]{2})?$/i, ''));
    if (bare.length >= 3) brands.push(bare);
  }
  const labels = hostOf(url).replace(/^(www\d?|m|amp|mobile)\./, '').split('.').filter(Boolean);
  if (labels.length >= 2) {
    exact.push(normalise(labels.join('.')));
    let i = labels.length - 2;
    if (i > 0 && SECOND_LEVEL.has(labels[i]!)) i--;
    const brand = labels[i]!;
    if (brand.length >= 3) brands.push(brand);
    exact.push(normalise(labels.slice(i).join('.')));
  }
  return { exact, brands };
}

/** Whether `segment` names the site. */
function namesSite(segment: string, names: { exact: string[]; brands: string[] }): boolean {
  const seg = normalise(segment);
  if (seg.length < 2 || words(segment).length > MAX_NAME_WORDS) return false;
  if (names.exact.includes(seg)) return true;
  // Beyond an exact match, a name of at most two words that extends the brand ("detikNews",
  // "Republika Online") or shortens it ("Antara" for antaranews.com): longer segments that start
  // with the brand are headlines about it ("Kompas Gramedia Buka Lowongan").
  if (words(segment).length > 2) return false;
  return names.brands.some((brand) =>
    seg.startsWith(brand) || (seg.length >= 4 && brand.startsWith(seg) && seg.length * 2 >= brand.length));
}

/** A short segment that can be a section name beside the site's ("Nasional", "Tekno"). */
const isSection = (segment: string, rest: string): boolean => {
  const n = words(segment).length;
  return n >= 1 && n <= MAX_SECTION_WORDS && words(rest).length >= 3 && !/\d/.test(segment);
};

const firstWord = (s: string): string => normalise(words(s)[0] ?? '');

/**
 * `title` without the site's name at its start or end (and the section beside it).
 * @param siteName the page's declared name (`og:site_name`), if any
 * @param url the page's address: its host is the other way to recognise the name
 */
export function withoutSiteName(title: string, siteName: string | null, url: string | undefined): TitleParts {
  const names = siteNames(siteName, url);
  if (!names.exact.length && !names.brands.length) return { title, site: null };
  const segs = splitTitle(title, (segment) => namesSite(segment, names));
  if (segs.length < 2) return { title, site: null };
  const parts = segs.map((p) => p.text);
  let start = 0;
  let end = parts.length;
  let site: string | null = null;
  if (namesSite(parts[end - 1]!, names)) {
    site = parts[end - 1]!;
    end--;
    if (end - start >= 2 && isSection(parts[end - 1]!, parts.slice(start, end - 1).join(' '))) end--;
  } else if (namesSite(parts[0]!, names)) {
    site = parts[0]!;
    start++;
    if (end - start >= 2 && isSection(parts[start]!, parts.slice(start + 1, end).join(' '))) start++;
  }
  if (site === null) return { title, site: null };
  // The original text between the kept segments, with the separators it had ("Emas - Naik | Outlet" keeps its "-").
  const rest = title.slice(segs[start]!.from, segs[end - 1]!.to).trim();
  // Nothing left, or only what looks like the same name again: the title only looked like one.
  if (!words(rest).length || firstWord(rest) === firstWord(site)) return { title, site: null };
  return { title: rest, site };
}

interface Segment {
  text: string;
  from: number;
  to: number;
}

/**
 * The title's segments with their offsets, split at the separators, and at a prefix colon when
 * `isSite` says the text before it is the site's name ("Kompas: Nasional - …"): a colon in a
 * headline ("Menteri: Ekonomi Tumbuh") is the headline's own.
 */
function splitTitle(title: string, isSite: (segment: string) => boolean): Segment[] {
  const parts: Segment[] = [];
  let from = 0;
  const colon = PREFIX_COLON.exec(title);
  if (colon && isSite(colon[1]!)) {
    parts.push({ text: colon[1]!, from: 0, to: colon[1]!.length });
    from = colon[0].length;
  }
  SEPARATOR.lastIndex = from;
  for (let m = SEPARATOR.exec(title); m; m = SEPARATOR.exec(title)) {
    parts.push({ text: title.slice(from, m.index), from, to: m.index });
    from = m.index + m[0].length;
  }
  parts.push({ text: title.slice(from), from, to: title.length });
  return parts.filter((p) => p.text.trim() !== '').map((p) => ({ ...p, text: p.text.trim() }));
}
