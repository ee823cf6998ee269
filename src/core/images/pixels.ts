/**
 * The images a reader never sees: tracking pixels, spacers and images their own markup hides
 * (rules: `../rules/images.ts`). Run after the lazy images are recovered, so a placeholder that
 * now has its real address is judged by it, and reported like every other removal.
 */
import { arrayOf } from '../dom-text.ts';
import { removedText } from '../match.ts';
import { IMAGE_RULES } from '../rules/images.ts';
import type { DetectorName, DetectorRule } from '../rules/types.ts';
import { attrOf, byTagOf, detach, hasAttrOf } from '../safe-dom.ts';
import type { Removal } from '../types.ts';
import { lazySource } from './lazy.ts';
import { isPlaceholder } from './sources.ts';

/** Sizes at or under this many pixels show nothing (1×1 beacons, 2 px rules). */
const TINY = 2;

/**
 * Addresses of analytics and ad beacons (seen in the noscript fallbacks of Indonesian and
 * international outlets: Facebook, comScore, Google, Quantcast, WordPress stats, Chartbeat).
 */
const BEACON = /(?:facebook\.com\/tr\b|scorecardresearch\.com\/|google-analytics\.com\/|googletagmanager\.com\/|doubleclick\.net\/|pixel\.quantserve\.com\/|pixel\.wp\.com\/|stats\.wp\.com\/|ping\.chartbeat\.net\/|bat\.bing\.com\/|analytics\.twitter\.com\/|sb\.scorecardresearch|ad\.atdmt\.com\/|\/pixel(?:\.gif|\.png)?(?:[?#]|$)|\/beacon(?:\.gif)?(?:[?#]|$))/i;

const RULES = new Map(IMAGE_RULES.map((r) => [r.detector, r]));
const rule = (name: DetectorName): DetectorRule => RULES.get(name)!;

/** Removes the unseen images under `root` (a clone), appending one removal per image to `removed`. */
export function dropUnseenImages(root: Element, removed: Removal[]): void {
  for (const img of arrayOf(byTagOf(root, 'img'))) {
    const verdict = unseen(img);
    if (!verdict) continue;
    const r = rule(verdict);
    removed.push({ rule: r.id, category: r.category, reason: r.note, text: removedText([img]) });
    detach(img);
  }
}

/** Which rule an image falls under, or null for an image a reader sees. */
export function unseen(img: Element): DetectorName | null {
  const width = size(img, 'width');
  const height = size(img, 'height');
  const src = attrOf(img, 'src');
  if (width !== null && height !== null && width <= TINY && height <= TINY) return 'tracking-pixel';
  if (src && BEACON.test(src)) return 'tracking-pixel';
  if ((width !== null && width <= TINY) || (height !== null && height <= TINY)) return 'spacer-image';
  if (isHidden(img)) return 'hidden-image';
  // A spacer file with nothing to load in its place (a lazy image has had its address put in `src` by now).
  if (src && !/^data:/i.test(src) && isPlaceholder(src) && lazySource(img, undefined) === null) return 'spacer-image';
  return null;
}

/** A size in an inline style: one regex per axis, built at its first use (not at each of every image's two reads). */
const STYLE_SIZE: { width?: RegExp; height?: RegExp } = {};

/** The declared size of `img` along `axis` in CSS pixels, from its attribute or inline style, or null. */
function size(img: Element, axis: 'width' | 'height'): number | null {
  const style = (STYLE_SIZE[axis] ??= new RegExp(`(?:^|;)\\s*${axis}\\s*:\\s*(\\d*\\.?\\d+)px\\b`, 'i')).exec(attrOf(img, 'style') ?? '');
  const value = style?.[1] ?? /^\s*(\d*\.?\d+)(?:px)?\s*$/i.exec(attrOf(img, axis) ?? '')?.[1];
  return value === undefined ? null : Number(value);
}

function isHidden(img: Element): boolean {
  if (hasAttrOf(img, 'hidden')) return true;
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(attrOf(img, 'style') ?? '');
}
