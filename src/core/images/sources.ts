/**
 * Image addresses: resolving them, reading `srcset`, and telling a real source from the
 * placeholder a lazy loader puts in `src` until the image scrolls into view.
 */
import { safeUrl } from '../sanitise.ts';

/** The address relative image URLs resolve against: the page's `<base href>` (`baseHref`), else the page URL. */
export function imageBase(baseHref: string | null, pageUrl: string): string | undefined {
  const page = absolute(pageUrl);
  return (baseHref && absolute(baseHref, page)) || page;
}

function absolute(value: string, base?: string): string | undefined {
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

/**
 * `value` as an absolute image URL the sanitiser will keep (http(s), or a `data:` image of a
 * raster type), or null. Inline SVG, scripts and other schemes never pass.
 */
export function imageUrl(value: string | null, base: string | undefined): string | null {
  if (!value || /[<>"]/.test(value)) return null;
  return safeUrl(value, base, true);
}

/** One candidate of a `srcset`: its URL and its width (`800w`) or density (`2x`) descriptor. */
export interface Candidate {
  url: string;
  width: number | null;
  density: number;
}

/**
 * Parses a `srcset` the way browsers do: a URL runs to the next space (commas may be part of it,
 * as in CDN paths like `w_800,h_450`), a trailing comma ends a candidate without descriptors.
 */
export function parseSrcset(srcset: string): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    let url = '';
    while (i < srcset.length && !/\s/.test(srcset[i]!)) url += srcset[i++];
    let descriptors = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      while (i < srcset.length && srcset[i] !== ',') descriptors += srcset[i++];
    }
    if (!url) continue;
    const width = /^\s*(\d+)w\s*$/.exec(descriptors);
    const density = /^\s*(\d*\.?\d+)x\s*$/.exec(descriptors);
    out.push({ url, width: width ? Number(width[1]) : null, density: density ? Number(density[1]) : 1 });
  }
  return out;
}

/** The widest image a reader column needs; larger candidates only cost bandwidth. */
const ENOUGH_WIDTH = 1600;

/**
 * The candidate of `srcset` to show as a plain `src` (the sanitiser keeps no `srcset` on `<img>`):
 * the widest up to `ENOUGH_WIDTH`, else the narrowest above it; with densities, the highest up
 * to 2x. Resolved and checked like any image URL; placeholders are skipped.
 */
export function bestOfSrcset(srcset: string | null, base: string | undefined): string | null {
  if (!srcset) return null;
  const usable = parseSrcset(srcset)
    .map((c) => ({ ...c, url: imageUrl(c.url, base) ?? '' }))
    .filter((c) => c.url && !isPlaceholder(c.url));
  if (!usable.length) return null;
  const widths = usable.filter((c) => c.width !== null);
  if (widths.length) {
    const fitting = widths.filter((c) => c.width! <= ENOUGH_WIDTH).sort((a, b) => b.width! - a.width!);
    return (fitting[0] ?? widths.sort((a, b) => a.width! - b.width!)[0]!).url;
  }
  const dense = usable.filter((c) => c.density <= 2).sort((a, b) => b.density - a.density);
  return (dense[0] ?? usable[0]!).url;
}

/** Words placeholder files are named with (`blank.gif`, `lazy-placeholder.png`, `no-image.jpg`). */
const PLACEHOLDER_WORD = /^(?:blank|spacer|placeholder|lazy|lazyload|loading|loader|transparent|trans|empty|clear|dummy|pixel|1x1|no)$/i;
/** Words that may go with them without naming a photo (`default-image-16x9.png`, `grey_bg.gif`). */
const FILLER_WORD = /^(?:\d+(?:x\d+)?|px|grey|gray|white|image|img|default|thumb|bg|square|small|icon|gif)$/i;

/** Whether a URL's file name is made only of placeholder words, at least one of them a strong one. */
function isPlaceholderFile(url: string): boolean {
  const file = /([^/?#]*)\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i.exec(url)?.[1];
  if (!file) return false;
  const words = file.split(/[-_.]+/).filter(Boolean);
  return words.some((w) => PLACEHOLDER_WORD.test(w)) && words.every((w) => PLACEHOLDER_WORD.test(w) || FILLER_WORD.test(w));
}
/** A `data:` image too short to be a photo: Readability's own bound for placeholder data URIs. */
const SHORT_DATA_URI = 200;

/**
 * Whether `src` shows nothing a reader wants: missing, an `about:blank`, any SVG or a short
 * `data:` URI (a 1×1 GIF, a blur), or a file named like a placeholder (`blank.gif`, `lazy.png`).
 */
export function isPlaceholder(src: string | null): boolean {
  const value = src?.trim() ?? '';
  if (!value || value === '#' || /^about:/i.test(value)) return true;
  if (/^data:/i.test(value)) return /^data:image\/svg/i.test(value) || value.length < SHORT_DATA_URI || !/^data:image\//i.test(value);
  return isPlaceholderFile(value);
}
