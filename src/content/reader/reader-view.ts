/**
 * The in-page reader view: a modal overlay over the page, isolated from the page's CSS by a
 * closed shadow root on a host appended to `<html>` (outside `<body>`, so the auto-clean
 * observer on the body never sees it and page scripts that rebuild the body leave it alone).
 *
 * Opening saves the page's scroll position and focus, locks the page's scrolling and makes the
 * page inert; closing (button or Esc) undoes all of it exactly.
 *
 * Inside: the toolbar, then a layout of the article and, for 3 headings or more, its contents
 * list (./contents-list.ts). Printing shows the article alone (./print.ts); the typefaces are in
 * ./typography.ts.
 */
import type { CleanResult } from '../../core/types.ts';
import { buildArticle, TITLE_ID } from './article-view.ts';
import { buildContentsList, CONTENTS_CSS } from './contents-list.ts';
import { guardPrint, printReader, PRINT_CSS } from './print.ts';
import { prefsCss, READER_CSS } from './reader-css.ts';
import { samePrefs, type ReaderPrefs } from './reader-prefs.ts';
import { trapFocus } from './focus-trap.ts';
import { makePageInert } from './page-inert.ts';
import { lockPageScroll } from './scroll-lock.ts';
import { createStyleSlot } from './style-slot.ts';
import { buildToolbar } from './toolbar.ts';
import { mountListen } from './speech/listen-stub.ts';
import { SPEECH_CSS } from './speech/speech-css.ts';
import { loadDyslexicFont, type FontSource } from './typography.ts';

export const HOST_TAG = 'bersih-reader';

export interface ReaderViewOptions {
  prefs: ReaderPrefs;
  /** Called after each change made with the controls (to save it). */
  onPrefsChange?: (prefs: ReaderPrefs) => void;
  /** Called once the overlay is gone and the page is back as it was. */
  onClose?: () => void;
  /** The page address, for any relative link left in the article. */
  baseUrl?: string;
  /** Where the bundled dyslexia-friendly font comes from; without it, its fallback faces show. */
  fontSource?: FontSource;
}

export interface ReaderView {
  /** Closes the overlay; a second call does nothing. */
  close(): void;
  readonly host: HTMLElement;
  /** The (closed) shadow root, for tests. */
  readonly root: ShadowRoot;
  /** Starts reading the article aloud (the popup's Listen). */
  listen(): void;
  /** Shows `prefs` changed elsewhere (the options page), without reporting them back. */
  setPrefs(prefs: ReaderPrefs): void;
}

/** Opens the reader overlay for `article` over `doc`'s page and moves focus into it. */
export function openReaderView(doc: Document, article: CleanResult, options: ReaderViewOptions): ReaderView {
  let prefs = options.prefs;
  const previousFocus = doc.activeElement as HTMLElement | null;
  const unlockScroll = lockPageScroll(doc);

  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  createStyleSlot(root, doc, READER_CSS + CONTENTS_CSS + PRINT_CSS + SPEECH_CSS);
  const prefsSlot = createStyleSlot(root, doc, prefsCss(prefs));

  const dialog = doc.createElement('div');
  dialog.className = 'dialog';
  dialog.tabIndex = -1;
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', TITLE_ID);

  const articleEl = buildArticle(doc, article, options.baseUrl);
  const speech = mountListen({
    doc,
    root,
    scroller: dialog,
    readable: [...articleEl.querySelectorAll<HTMLElement>('h1, .body')],
    lang: article.lang,
  });

  let closed = false;
  let untrap = (): void => {};
  let restorePage = (): void => {};
  let unguardPrint = (): void => {};
  const close = (): void => {
    if (closed) return;
    closed = true;
    speech.destroy();
    contents?.destroy();
    unguardPrint();
    untrap();
    restorePage();
    host.remove();
    unlockScroll();
    // preventScroll: focusing must not move the page away from the position just restored.
    if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
    options.onClose?.();
  };

  const toolbar = buildToolbar(doc, {
    getPrefs: () => prefs,
    onPrefs: (next) => {
      prefs = next;
      apply();
      options.onPrefsChange?.(prefs);
    },
    onPrint: () => printReader(doc),
    onClose: close,
  });
  const apply = (): void => {
    host.setAttribute('data-theme', prefs.theme);
    host.setAttribute('data-font', prefs.font);
    host.setAttribute('data-print-links', String(prefs.printLinks));
    prefsSlot.update(prefsCss(prefs));
    toolbar.update(prefs);
    if (prefs.font === 'dyslexic' && options.fontSource) void loadDyslexicFont(doc, options.fontSource);
  };

  toolbar.element.prepend(speech.element);
  const body = articleEl.querySelector('.body');
  const contents = body ? buildContentsList(doc, body, dialog, [TITLE_ID]) : null;
  const layout = doc.createElement('div');
  layout.className = 'layout';
  layout.append(...(contents ? [contents.element] : []), articleEl);
  dialog.append(toolbar.element, layout);
  root.append(dialog);
  apply();
  doc.documentElement.append(host);
  restorePage = makePageInert(doc);
  unguardPrint = guardPrint(doc);
  untrap = trapFocus({ host, root, dialog, onEscape: close });
  dialog.focus({ preventScroll: true });

  const setPrefs = (next: ReaderPrefs): void => {
    if (closed || samePrefs(next, prefs)) return;
    prefs = next;
    apply();
  };
  return { close, host, root, setPrefs, listen: speech.listen };
}
