/**
 * The reader's contents list (issue 16, item 3): for an article of 3 headings or more, a
 * collapsible side list of links to its headings, which marks the heading being read with
 * `aria-current` as the reader scrolls.
 *
 * The headings get their anchor ids here, on the reader's own copy of the article (the page is
 * never touched); the slugs are the core's, so they match the Markdown contents list. A link
 * moves focus to its heading (made focusable with tabindex=-1) instead of following `#slug`,
 * which would look for the id in the page's document, outside the shadow root, and change the
 * page's address.
 *
 * The reading position comes from an IntersectionObserver on the dialog (the scroll container):
 * it fires when a heading crosses the top third of the view, and then the current heading is
 * the last one above that line. Without IntersectionObserver (jsdom) the list still works; only
 * the marking stops following the scroll.
 */
import { collectHeadings, contentsDepths, wantsContents } from '../../core/headings.ts';
import { t } from '../../shared/i18n.ts';

/** Ids inside the shadow root that a heading's slug must not take. */
const LIST_ID = 'bersih-contents-list';
const TOGGLE_ID = 'bersih-contents-toggle';
/** The share of the view from the top within which a heading counts as being read. */
export const READING_LINE = 0.3;
/** From this window width on the list starts open, beside the article. */
const WIDE_QUERY = '(min-width: 1200px)';

export interface ContentsList {
  element: HTMLElement;
  /** Marks the heading at `index` as current (-1: none). */
  setCurrent(index: number): void;
  /** Stops following the scroll. */
  destroy(): void;
}

/**
 * The index of the heading being read: the last one whose top is at or above `line` (in the
 * same coordinates), or -1 when the reader is above the first heading.
 */
export function currentHeadingIndex(tops: readonly number[], line: number): number {
  let current = -1;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}

/**
 * Gives the headings of `body` (the reader's copy) their ids and builds the contents list, or
 * returns null when the article has fewer than 3 headings. `scroller` is the element that
 * scrolls the article; `reserved` are ids already used in the shadow root.
 */
export function buildContentsList(
  doc: Document,
  body: Element,
  scroller: HTMLElement,
  reserved: readonly string[] = [],
): ContentsList | null {
  const headings = collectHeadings(body);
  if (!wantsContents(headings)) return null;
  const taken = new Set([...reserved, LIST_ID, TOGGLE_ID]);
  const elements = headings.map((heading) => {
    const el = heading.element as HTMLElement;
    el.id = taken.has(heading.slug) ? `bersih-${heading.slug}` : heading.slug;
    return el;
  });
  const depths = contentsDepths(headings);

  const nav = doc.createElement('nav');
  nav.className = 'contents';
  nav.setAttribute('aria-labelledby', TOGGLE_ID);
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.id = TOGGLE_ID;
  toggle.className = 'contents-toggle';
  toggle.textContent = t('readerContents');
  toggle.setAttribute('aria-controls', LIST_ID);
  const list = doc.createElement('ul');
  list.id = LIST_ID;
  list.className = 'contents-list';

  let current = -1;
  let pinned: { index: number; scrollTop: number } | null = null;
  const links = headings.map((heading, i) => {
    const item = doc.createElement('li');
    item.dataset.depth = String(depths[i]);
    const link = doc.createElement('a');
    link.href = `#${elements[i]!.id}`;
    link.textContent = heading.text;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const target = elements[i]!;
      target.tabIndex = -1;
      target.scrollIntoView({ block: 'start', behavior: 'instant' });
      target.focus({ preventScroll: true });
      // A heading near the end cannot scroll up to the reading line: it stays current until
      // the reader scrolls again.
      pinned = { index: i, scrollTop: scroller.scrollTop };
      setCurrent(i);
    });
    item.append(link);
    list.append(item);
    return link;
  });

  const setExpanded = (open: boolean): void => {
    toggle.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
  };
  toggle.addEventListener('click', () => setExpanded(toggle.getAttribute('aria-expanded') !== 'true'));
  setExpanded(doc.defaultView?.matchMedia?.(WIDE_QUERY).matches ?? false);

  function setCurrent(index: number): void {
    if (index === current) return;
    links[current]?.removeAttribute('aria-current');
    current = index;
    links[current]?.setAttribute('aria-current', 'location');
  }

  const follow = (): void => {
    if (pinned && Math.abs(scroller.scrollTop - pinned.scrollTop) < 4) return;
    pinned = null;
    const top = scroller.getBoundingClientRect().top;
    const line = top + scroller.clientHeight * READING_LINE;
    setCurrent(currentHeadingIndex(elements.map((el) => el.getBoundingClientRect().top), line));
  };
  const Observer = doc.defaultView?.IntersectionObserver;
  const observer = Observer
    ? new Observer(follow, { root: scroller, rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px`, threshold: [0, 1] })
    : null;
  for (const el of elements) observer?.observe(el);

  nav.append(toggle, list);
  return { element: nav, setCurrent, destroy: () => observer?.disconnect() };
}

/** The list's rules: sticky in the left margin on a wide window, above the article otherwise. */
export const CONTENTS_CSS = `
.contents {
  grid-column: 1;
  grid-row: 1;
  justify-self: end;
  position: sticky;
  /* Below the toolbar, which takes two lines at this width. */
  top: 7rem;
  box-sizing: border-box;
  width: min(17rem, 100%);
  max-height: calc(100vh - 8rem);
  overflow-y: auto;
  padding: 2rem 1rem 1rem;
}
/* The box keeps the article's font, so its measure (in ch) lines up with the article's. */
.contents-toggle, .contents-list { font: 14px / 1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.contents-toggle { width: 100%; text-align: start; font-weight: 600; }
.contents-toggle::after { content: " ▾"; }
.contents-toggle[aria-expanded="false"]::after { content: " ▸"; }
.contents-list { list-style: none; margin: 0.5rem 0 0; padding: 0; }
.contents-list li { margin: 0; }
.contents-list li[data-depth="1"] { padding-left: 0.9rem; }
.contents-list li[data-depth="2"] { padding-left: 1.8rem; }
.contents-list a {
  display: block;
  padding: 0.3rem 0.5rem;
  border-left: 3px solid transparent;
  color: var(--muted);
  text-decoration: none;
}
.contents-list a:hover { color: var(--fg); text-decoration: underline; }
.contents-list a[aria-current] { border-left-color: var(--link); color: var(--fg); font-weight: 600; }
@media (max-width: 1199px) {
  .contents {
    position: static;
    justify-self: auto;
    width: auto;
    max-width: var(--bersih-measure, 65ch);
    max-height: none;
    margin: 0 auto;
    padding: 1rem 1.25rem 0;
    box-sizing: content-box;
  }
}
`;
