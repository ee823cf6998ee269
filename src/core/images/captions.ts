/**
 * Captions kept with their images: outlets mark a caption up as a `<div class="wp-caption">`
 * around an image and a `<p class="wp-caption-text">`, a `<span class="keterangan-foto">` after
 * the image, or a `<div class="photo__caption">` beside its block. As divs, Readability weighs
 * them by class (a `media` or `photo` wrapper can score below zero and go) and the Markdown
 * writes the caption as one more paragraph. Each is turned into `<figure>` and `<figcaption>`
 * here, on the clone, after the rules passes, so nothing but the tag changes; the classes that
 * marked them go with the old element.
 */
import { arrayOf, normaliseText } from '../dom-text.ts';
import {
  appendChildOf, attrOf, byTagOf, firstChildOf, idOf, insertBeforeOf, localNameOf, nextElementOf, ownerDocumentOf, parentElementOf,
  queryAllOf, replaceChildOf, textOf,
} from '../safe-dom.ts';

/** Class or id words of a caption or photo credit (English and Indonesian outlets). */
const CAPTION_HINT = /caption|keterangan|figcap|credit|(?:foto|photo|image|img|pic|gambar)[-_]*(?:desc|text|info|ket)/i;
/** A caption is a line or two; more is prose. */
const MAX_CAPTION = 300;
/** Levels climbed from an image to find the block that holds it and its caption. */
const MAX_CLIMB = 3;
const WRAPPERS = new Set(['div', 'p', 'span', 'section']);

/**
 * Gives the images under `root` their captions as `<figure>`/`<figcaption>`. Returns how many
 * captions were joined to their image.
 */
export function keepCaptions(root: Element): number {
  let kept = 0;
  for (const figure of arrayOf(byTagOf(root, 'figure'))) {
    if (arrayOf(byTagOf(figure, 'figcaption')).length) continue;
    const caption = captionIn(figure);
    if (caption) {
      rename(caption, 'figcaption');
      kept++;
    }
  }
  for (const img of arrayOf(byTagOf(root, 'img'))) {
    if (inFigure(img, root)) continue;
    if (wrapWithCaption(img, root)) kept++;
  }
  return kept;
}

/** A caption-marked element inside `box` that holds no image and only a caption's length of text. */
function captionIn(box: Element): Element | null {
  for (const el of arrayOf(queryAllOf(box, '[class], [id]'))) {
    if (!isCaption(el)) continue;
    if (!arrayOf(byTagOf(el, 'img')).length) return el;
  }
  return null;
}

function isCaption(el: Element): boolean {
  const text = normaliseText(textOf(el));
  return text.length > 0 && text.length <= MAX_CAPTION && CAPTION_HINT.test(`${attrOf(el, 'class') ?? ''} ${idOf(el)}`);
}

/**
 * Joins `img` to its caption: a block around it whose only text is a marked caption becomes the
 * figure; else a marked caption just after the image's own block is wrapped with that block.
 */
function wrapWithCaption(img: Element, root: Element): boolean {
  let block: Element = img;
  for (let up = parentElementOf(img), level = 0; up && up !== root && level < MAX_CLIMB; up = parentElementOf(up), level++) {
    if (arrayOf(byTagOf(up, 'img')).length !== 1) break;
    const text = normaliseText(textOf(up));
    if (!text) {
      block = up;
      continue;
    }
    const caption = captionIn(up);
    if (!caption || normaliseText(textOf(caption)) !== text || !WRAPPERS.has(localNameOf(up))) break;
    rename(caption, 'figcaption');
    rename(up, 'figure');
    return true;
  }
  const next = nextElementOf(block);
  if (!next || !isCaption(next) || arrayOf(byTagOf(next, 'img')).length) return false;
  const doc = ownerDocumentOf(block)!;
  const figure = doc.createElement('figure');
  insertBeforeOf(parentElementOf(block)!, figure, block);
  appendChildOf(figure, block);
  appendChildOf(figure, rename(next, 'figcaption'));
  return true;
}

function inFigure(el: Element, root: Element): boolean {
  for (let up = parentElementOf(el); up && up !== root; up = parentElementOf(up)) {
    if (localNameOf(up) === 'figure') return true;
  }
  return false;
}

/** Replaces `el` with a `tag` element holding its children (and none of its attributes). */
function rename(el: Element, tag: string): Element {
  const renamed = ownerDocumentOf(el)!.createElement(tag);
  for (let child = firstChildOf(el); child; child = firstChildOf(el)) appendChildOf(renamed, child);
  const parent = parentElementOf(el);
  if (parent) replaceChildOf(parent, renamed, el);
  return renamed;
}
