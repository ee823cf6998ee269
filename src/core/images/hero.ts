/**
 * Background-image heroes: a feature's lead photo drawn as the inline `background-image` of a
 * block over (or above) the headline. Readability strips styles and drops empty blocks, so the
 * photo never reaches the article. It is found on the clone before Readability (the first such
 * block before the article's prose, marked as a hero by its class or id, or showing the page's
 * `og:image`) and put at the head of the article after it, unless the article already leads
 * with an image.
 */
import { arrayOf, nextOutside, normaliseText } from '../dom-text.ts';
import {
  appendChildOf, attrOf, byTagOf, firstChildOf, idOf, insertBeforeOf, isElement, localNameOf, ownerDocumentOf, parentElementOf, queryAllOf,
  setAttrOf, textOf,
} from '../safe-dom.ts';
import { imageUrl, isPlaceholder } from './sources.ts';

/** The lead image found on the page. */
export interface LeadImage {
  src: string;
  alt: string;
}

/** Class or id words of a lead-image block (English and Indonesian templates). */
const HERO_HINT = /hero|cover|featured|feature-image|lead|masthead|header-image|post-image|article-image|entry-image|top-image|main-image|headline|splash|foto-utama|gambar-utama/i;
/** Words of blocks that are not the article's photo even when they look like one. */
const NOT_HERO = /(?:^|[\s_-])(?:ad|ads|advert\w*|promo\w*|sponsor\w*|logo|avatar|icon|author|leaderboard|billboard|profile|video|related)(?:$|[\s_-])/i;
/** Blocks where no article photo lives. */
const OUTSIDE = new Set(['nav', 'footer', 'aside', 'form']);
const URL_IN_STYLE = /background(?:-image)?\s*:[^;]*?url\(\s*(['"]?)([^'")]+)\1\s*\)/i;
/** A paragraph this long is the article's prose: a hero comes before it. */
const PROSE = 150;

/** The page's lead background image, or null. `root` is the clone's body, before Readability. */
export function findLeadHero(root: Element, base: string | undefined): LeadImage | null {
  const doc = ownerDocumentOf(root);
  // A tag list and a walk rather than selectors (`meta[property="og:image"], meta[name="twitter:image"]`,
  // then `[style*="url"], p`): in jsdom (the CLI's DOM) each selector walked the whole page at about
  // 4 ms a query; the walk stops at the article's first paragraph. (A list of every element instead
  // of the walk cost Chromium three times the selector's time.)
  const og = doc?.documentElement
    ? arrayOf(byTagOf(doc.documentElement, 'meta')).find((m) => attrOf(m, 'property') === 'og:image' || attrOf(m, 'name') === 'twitter:image')
    : null;
  const shared = og ? imageUrl(attrOf(og, 'content'), base) : null;
  for (let el: Node | null = firstChildOf(root); el; el = firstChildOf(el) ?? nextOutside(el, root)) {
    if (!isElement(el)) continue;
    if (localNameOf(el) === 'p') {
      if (normaliseText(textOf(el)).length >= PROSE) return null;
      continue;
    }
    const style = attrOf(el, 'style');
    if (!style?.includes('url')) continue;
    const raw = URL_IN_STYLE.exec(style)?.[2];
    const src = raw ? imageUrl(raw, base) : null;
    if (!src || isPlaceholder(src) || /^data:/i.test(src)) continue;
    const words = `${attrOf(el, 'class') ?? ''} ${idOf(el)}`;
    if (NOT_HERO.test(words) || inside(el, root)) continue;
    if (src === shared || HERO_HINT.test(words)) return { src, alt: normaliseText(attrOf(el, 'aria-label') ?? attrOf(el, 'title') ?? '') };
  }
  return null;
}

function inside(el: Element, root: Element): boolean {
  for (let up: Element | null = el; up && up !== root; up = parentElementOf(up)) {
    if (OUTSIDE.has(localNameOf(up))) return true;
  }
  return false;
}

/**
 * Puts `hero` at the head of `content` (the article) as a `<figure>`, unless the article shows
 * that image already or leads with another image before its first paragraph of text.
 */
export function placeLeadImage(content: Element, hero: LeadImage): void {
  for (const el of arrayOf(queryAllOf(content, 'img, p'))) {
    if (localNameOf(el) === 'img') return;
    if (normaliseText(textOf(el))) break;
  }
  if (arrayOf(byTagOf(content, 'img')).some((img) => attrOf(img, 'src') === hero.src)) return;
  const doc = ownerDocumentOf(content)!;
  const figure = doc.createElement('figure');
  const img = doc.createElement('img');
  setAttrOf(img, 'src', hero.src);
  setAttrOf(img, 'alt', hero.alt);
  appendChildOf(figure, img);
  insertBeforeOf(content, figure, firstChildOf(content));
}
