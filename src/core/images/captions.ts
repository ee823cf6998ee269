/**
 * Captions kept with their images: outlets mark a caption up as a `<div class="wp-caption">`
 * around an image and a `<p class="wp-caption-text">`, a `<span class="keterangan-foto">` after
 * the image, or a `<div class="photo__caption">` beside its block. The Markdown writes such a
 * caption as one more paragraph, and the reader shows it as body text. Captions are found by
 * their classes on the clone before Readability (which drops classes, and replaces blocks), and
 * only noted there, as the caption's text on its image: turning the blocks into `<figure>` before
 * it changed its choice of siblings (a figure beside the article's container is left out where
 * the `<div>` it was joined as a paragraph). In the article it returns, the block beside each
 * noted image whose text is the caption becomes the `<figcaption>` of a `<figure>`; the
 * sanitiser drops the notes.
 */
import { arrayOf, normaliseText } from '../dom-text.ts';
import {
  appendChildOf, attrOf, byTagOf, firstChildOf, idOf, insertBeforeOf, localNameOf, nextElementOf, ownerDocumentOf, parentElementOf,
  removeAttrOf, replaceChildOf, setAttrOf, textOf,
} from '../safe-dom.ts';

/** On an image: the text of its caption. */
const CAPTION_MARK = 'data-bersih-caption';

/** Class or id words of a caption or photo credit (English and Indonesian outlets). */
const CAPTION_HINT = /caption|keterangan|figcap|credit|(?:foto|photo|image|img|pic|gambar)[-_]*(?:desc|text|info|ket)/i;
/** A caption is a line or two; more is prose. */
const MAX_CAPTION = 300;
/** Levels climbed from an image to find the block that holds it and its caption. */
const MAX_CLIMB = 3;
const WRAPPERS = new Set(['div', 'p', 'span', 'section']);

/** Notes the caption of each image under `root` (a clone) on the image. Returns how many were found. */
export function markCaptions(root: Element): number {
  let found = 0;
  for (const img of arrayOf(byTagOf(root, 'img'))) {
    const figure = figureOf(img, root);
    const caption = figure ? (byTagOf(figure, 'figcaption').length ? null : captionIn(figure)) : captionOf(img, root);
    if (!caption) continue;
    setAttrOf(img, CAPTION_MARK, normaliseText(textOf(caption)));
    found++;
  }
  return found;
}

/**
 * Joins each noted image under `root` (the article) to its caption as a `<figure>` and a
 * `<figcaption>`, and takes the notes off. Returns how many captions were joined.
 */
export function applyCaptions(root: Element): number {
  let joined = 0;
  // Tag lists filtered by hand rather than selectors, here and in `captionIn`: jsdom's selector
  // engine (the CLI's DOM) took twice as long.
  for (const img of arrayOf(byTagOf(root, 'img'))) {
    const text = attrOf(img, CAPTION_MARK);
    if (text === null) continue;
    removeAttrOf(img, CAPTION_MARK);
    if (text && joinCaption(img, text, root)) joined++;
  }
  return joined;
}

/** Finds the block beside `img` whose text is `text`, and makes the two a figure. */
function joinCaption(img: Element, text: string, root: Element): boolean {
  let block: Element = img;
  for (let up = parentElementOf(img), level = 0; up && up !== root && level <= MAX_CLIMB; up = parentElementOf(up), level++) {
    if (byTagOf(up, 'img').length !== 1) break;
    const own = normaliseText(textOf(up));
    if (!own) {
      block = up;
      continue;
    }
    if (own !== text) break;
    const caption = arrayOf(byTagOf(up, '*')).find((el) => !byTagOf(el, 'img').length && localNameOf(el) !== 'img' && normaliseText(textOf(el)) === text);
    if (!caption) return false;
    rename(caption, 'figcaption');
    if (localNameOf(up) !== 'figure') rename(up, 'figure');
    return true;
  }
  if (localNameOf(block) === 'figure') return false;
  const next = nextElementOf(block);
  const parent = parentElementOf(block);
  if (!next || !parent || normaliseText(textOf(next)) !== text || byTagOf(next, 'img').length) return false;
  const figure = ownerDocumentOf(block)!.createElement('figure');
  insertBeforeOf(parent, figure, block);
  appendChildOf(figure, block);
  appendChildOf(figure, rename(next, 'figcaption'));
  return true;
}

/** A caption-marked element inside `box` that holds no image and only a caption's length of text. */
function captionIn(box: Element): Element | null {
  for (const el of arrayOf(byTagOf(box, '*'))) {
    if (!isCaption(el)) continue;
    if (!byTagOf(el, 'img').length) return el;
  }
  return null;
}

/** The class and id first: an element with neither (most of them) has no text read. */
function isCaption(el: Element): boolean {
  if (!CAPTION_HINT.test(`${attrOf(el, 'class') ?? ''} ${idOf(el)}`)) return false;
  const text = normaliseText(textOf(el));
  return text.length > 0 && text.length <= MAX_CAPTION;
}

/**
 * `img`'s caption: the marked caption of a block around it whose only text it is, or a marked
 * caption just after the image's own block.
 */
function captionOf(img: Element, root: Element): Element | null {
  let block: Element = img;
  for (let up = parentElementOf(img), level = 0; up && up !== root && level < MAX_CLIMB; up = parentElementOf(up), level++) {
    if (byTagOf(up, 'img').length !== 1) break;
    const text = normaliseText(textOf(up));
    if (!text) {
      block = up;
      continue;
    }
    const caption = captionIn(up);
    return caption && normaliseText(textOf(caption)) === text && WRAPPERS.has(localNameOf(up)) ? caption : null;
  }
  const next = nextElementOf(block);
  return next && isCaption(next) && !byTagOf(next, 'img').length ? next : null;
}

function figureOf(el: Element, root: Element): Element | null {
  for (let up = parentElementOf(el); up && up !== root; up = parentElementOf(up)) {
    if (localNameOf(up) === 'figure') return up;
  }
  return null;
}

/** Replaces `el` with a `tag` element holding its children (and none of its attributes). */
function rename(el: Element, tag: string): Element {
  const renamed = ownerDocumentOf(el)!.createElement(tag);
  for (let child = firstChildOf(el); child; child = firstChildOf(el)) appendChildOf(renamed, child);
  const parent = parentElementOf(el);
  if (parent) replaceChildOf(parent, renamed, el);
  return renamed;
}
