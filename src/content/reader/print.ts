/**
 * Printing the reader view (issue 16, item 4): the article alone, sized to the page.
 *
 * The overlay lives in the page, so two sheets are needed. In the shadow root, `PRINT_CSS` hides
 * the toolbar and the contents list and lets the fixed, scrolling overlay flow as one long block.
 * In the page, `PAGE_PRINT_CSS` (a page-level sheet while the overlay is open) hides the page's own
 * `<body>`: the overlay's host hangs off `<html>`, outside it, so only the article prints.
 *
 * A page-level sheet can be refused (Firefox content scripts may not adopt one, and a strict CSP
 * blocks the `<style>` fallback), so `guardPrint` also hides the body through the CSSOM, which no
 * CSP governs, between `beforeprint` and `afterprint`: Ctrl+P and the Print button alike.
 */
import { createStyleSlot } from './style-slot.ts';

/** Shadow-root rules for print. */
export const PRINT_CSS = `
@media print {
  /* :host([data-theme]) outranks the dark and sepia themes' rules: paper is white. */
  :host, :host([data-theme]) {
    position: static !important;
    color-scheme: light !important;
    --bg: #fff; --fg: #000; --muted: #333; --link: #000; --rule: #999;
  }
  .dialog { position: static; overflow: visible; height: auto; background: #fff; color: #000; }
  .toolbar, .contents { display: none !important; }
  .layout { display: block; }
  article { max-width: none; padding: 0; }
  .body img, .body picture, .body video, .body svg { max-width: 100% !important; height: auto; }
  .body figure, .body img, .body pre, .body blockquote, .body table, .body tr { break-inside: avoid; }
  .body h1, .body h2, .body h3, .body h4, .body h5, .body h6 { break-after: avoid; break-inside: avoid; }
  .body p { orphans: 3; widows: 3; }
  .body a { text-decoration: underline; }
  :host([data-print-links="true"]) .body a[href^="http"]::after {
    content: " (" attr(href) ")";
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
}
`;

/** Page-level rules for print while the overlay is open (see scroll-lock.ts for the attribute). */
export const PAGE_PRINT_CSS = `
@media print {
  html[data-bersih-reader] { overflow: visible !important; height: auto !important; }
  html[data-bersih-reader] > body { display: none !important; }
}
`;

/**
 * While the overlay is open, keeps `doc`'s own content out of print: the page-level sheet, and
 * the body hidden through the CSSOM between `beforeprint` and `afterprint` (see above).
 * Returns a function that undoes both.
 */
export function guardPrint(doc: Document): () => void {
  const view = doc.defaultView;
  const slot = createStyleSlot(doc, doc, PAGE_PRINT_CSS);
  if (!view) return () => slot.remove();
  let saved: { value: string; priority: string } | null = null;
  const before = (): void => {
    const style = doc.body?.style;
    if (!style || saved) return;
    saved = { value: style.getPropertyValue('display'), priority: style.getPropertyPriority('display') };
    style.setProperty('display', 'none', 'important');
  };
  const after = (): void => {
    const style = doc.body?.style;
    if (!style || !saved) return;
    if (saved.value) style.setProperty('display', saved.value, saved.priority);
    else style.removeProperty('display');
    saved = null;
  };
  view.addEventListener('beforeprint', before);
  view.addEventListener('afterprint', after);
  return () => {
    view.removeEventListener('beforeprint', before);
    view.removeEventListener('afterprint', after);
    after();
    slot.remove();
  };
}

/** The Print button: the browser's print dialog, for the overlay (the guard does the rest). */
export function printReader(doc: Document): void {
  doc.defaultView?.print();
}
