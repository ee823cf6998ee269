/**
 * Styles of the read-aloud controls and of the highlight, appended to the reader's sheet (its
 * theme variables apply). `::highlight()` paints the ranges of
 * ./highlight.ts; `[data-bersih-reading]` marks the paragraph where that API is missing.
 */
import { READING_ATTRIBUTE, SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT } from './highlight.ts';

export const SPEECH_CSS = `
.speech { flex-wrap: wrap; align-items: center; }
.speech select {
  font: inherit;
  color: var(--fg);
  background: var(--btn);
  border: 1px solid var(--rule);
  border-radius: 6px;
  min-height: 2.25rem;
  max-width: 14rem;
}
.speech select:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.speech[data-state="playing"] .speech-play { border-color: var(--fg); font-weight: 600; }
.speech-status { margin: 0; flex-basis: 100%; text-align: center; color: var(--muted); }
.speech-status:empty { display: none; }
.speech-status button { margin-inline-start: 0.5rem; }
::highlight(${SENTENCE_HIGHLIGHT}) { background-color: rgb(255 213 74 / 0.28); }
::highlight(${WORD_HIGHLIGHT}) { background-color: #ffd54a; color: #111; }
[${READING_ATTRIBUTE}] { background-color: rgb(255 213 74 / 0.28); box-shadow: 0 0 0 0.3em rgb(255 213 74 / 0.28); border-radius: 2px; }
`;
