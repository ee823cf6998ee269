/**
 * The reader overlay's stylesheet. Everything lives in its shadow root; the `!important`s on
 * `:host` are needed because page rules that match the host element beat `:host` rules
 * (CSS Scoping: the outer context wins for normal declarations).
 */
import type { ReaderPrefs } from './reader-prefs.ts';
import { FONT_STACKS, LINE_HEIGHT_VALUES } from './typography.ts';

/** Measure (line length) per width setting; ~65 characters is the classic comfortable measure. */
const MEASURES: Record<ReaderPrefs['width'], string> = { narrow: '55ch', medium: '65ch', wide: '80ch' };

/** The custom properties that follow the user's controls; swapped as one small sheet. */
export function prefsCss(prefs: ReaderPrefs): string {
  return `:host { --bersih-font-size: ${prefs.fontSize}px; --bersih-measure: ${MEASURES[prefs.width]}; ` +
    `--bersih-font: ${FONT_STACKS[prefs.font]}; --bersih-line-height: ${LINE_HEIGHT_VALUES[prefs.lineHeight]}; }`;
}

/** Rules for the page itself while the overlay is open: its scroll is locked, not its position. */
export const PAGE_LOCK_CSS = `
html[data-bersih-reader], html[data-bersih-reader] > body { overflow: hidden !important; }
`;

const LIGHT = '--bg: #fdfdfc; --fg: #1d1d1f; --muted: #5b5b63; --link: #1a56b0; --rule: #dedee3; --btn: #f0f0f3;';
const DARK = '--bg: #17181b; --fg: #e4e4e7; --muted: #a1a1aa; --link: #8ab4f8; --rule: #34353a; --btn: #26272b;';
const SEPIA = '--bg: #f6efdf; --fg: #3b2f24; --muted: #6e5d4b; --link: #7a4a12; --rule: #e1d5bb; --btn: #ece2cc;';

export const READER_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
  display: block !important;
  color-scheme: light;
  ${LIGHT}
}
:host([data-theme="dark"]) { color-scheme: dark; ${DARK} }
:host([data-theme="sepia"]) { ${SEPIA} }
@media (prefers-color-scheme: dark) {
  :host([data-theme="auto"]) { color-scheme: dark; ${DARK} }
}
.dialog {
  box-sizing: border-box;
  position: absolute;
  inset: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  background: var(--bg);
  color: var(--fg);
  font-size: var(--bersih-font-size, 18px);
  line-height: var(--bersih-line-height, 1.6);
  font-family: var(--bersih-font, serif);
  -webkit-text-size-adjust: 100%;
}
.dialog:focus { outline: none; }
.toolbar {
  position: sticky;
  top: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 1rem;
  justify-content: center;
  align-items: center;
  padding: 0.5rem 1rem;
  background: var(--bg);
  border-bottom: 1px solid var(--rule);
  /* Above the sticky contents list where they meet. */
  z-index: 1;
  font: 14px / 1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.group { display: flex; gap: 0.25rem; }
button {
  font: inherit;
  color: var(--fg);
  background: var(--btn);
  border: 1px solid var(--rule);
  border-radius: 6px;
  padding: 0.35rem 0.65rem;
  min-width: 2.25rem;
  min-height: 2.25rem;
  cursor: pointer;
}
button[aria-pressed="true"] { border-color: var(--fg); font-weight: 600; }
button[aria-disabled="true"] { opacity: 0.45; cursor: default; }
button:focus-visible, a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
button.close { margin-left: auto; }
/* On a phone-sized window a wrapped sticky toolbar would eat a fifth of the screen. */
@media (max-width: 600px) {
  .toolbar { position: static; justify-content: flex-start; }
  article { padding-top: 1.25rem; }
}
/* The article centred; the contents list, when there is one, in the margin to its left. */
.layout {
  display: grid;
  grid-template-columns: minmax(14rem, 1fr) minmax(0, calc(var(--bersih-measure, 65ch) + 2.5rem)) minmax(0, 1fr);
  align-items: start;
}
.layout > article { grid-column: 2; grid-row: 1; }
@media (max-width: 1199px) {
  .layout { display: block; }
}
.body h1, .body h2, .body h3, .body h4, .body h5, .body h6 { scroll-margin-top: 5rem; }
.body :focus { outline: none; }
article {
  box-sizing: content-box;
  max-width: var(--bersih-measure, 65ch);
  margin: 0 auto;
  padding: 2rem 1.25rem 4rem;
  overflow-wrap: break-word;
}
.site { margin: 0 0 0.5rem; color: var(--muted); font: 600 0.8em / 1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.05em; }
h1 { margin: 0 0 0.75rem; font-size: clamp(1.5em, 4vw, 1.9em); line-height: 1.2; }
.meta { margin: 0 0 2rem; color: var(--muted); font: 0.85em / 1.5 system-ui, sans-serif; }
.body h2, .body h3, .body h4 { line-height: 1.3; margin: 1.6em 0 0.6em; }
.body p, .body ul, .body ol, .body blockquote, .body figure, .body pre, .body table { margin: 0 0 1.1em; }
.body a { color: var(--link); }
.body img, .body picture, .body video { max-width: 100%; height: auto; }
.body figure { margin-inline: 0; }
.body figcaption { color: var(--muted); font-size: 0.85em; }
/* An image that failed to load gives way to its alt text (src/shared/image-fallback.ts). */
.body .image-missing { display: block; padding: 0.4em 0.8em; border-left: 3px solid var(--rule); color: var(--muted); font-style: italic; }
.body blockquote { margin-inline: 0; padding-left: 1em; border-left: 3px solid var(--rule); color: var(--muted); }
.body pre { overflow-x: auto; font-size: 0.85em; }
.body table { border-collapse: collapse; display: block; overflow-x: auto; }
.body td, .body th { border: 1px solid var(--rule); padding: 0.3em 0.5em; }
`;
