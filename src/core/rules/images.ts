/**
 * Image rules as data (issue 16): the images a reader never sees, dropped from the extraction
 * clone before Readability and reported like every other removal. The code behind them lives in
 * `../images/pixels.ts`; each rule names the fixture (one we wrote) in which it fires. Ids start
 * with `img-`. Recovering lazy-loaded images removes nothing and is not a rule (see `../images/`).
 */
import type { DetectorRule } from './types.ts';

export const IMAGE_RULES: DetectorRule[] = [
  {
    id: 'img-tracking-pixel',
    kind: 'detector',
    detector: 'tracking-pixel',
    category: 'ad',
    note: 'A tracking pixel: an image declared 2×2 pixels or smaller, or served by a known analytics or ad beacon.',
    fixture: 'img-tracking-pixel',
  },
  {
    id: 'img-spacer',
    kind: 'detector',
    detector: 'spacer-image',
    category: 'ad',
    note: 'A spacer: an image 2 pixels wide or tall used as a rule or a gap, or a blank, spacer or transparent GIF with nothing to load.',
    fixture: 'img-tracking-pixel',
  },
  {
    id: 'img-hidden',
    kind: 'detector',
    detector: 'hidden-image',
    category: 'ad',
    note: 'An image its own markup hides (`hidden`, `display: none`, `visibility: hidden`): a beacon or a copy a script swaps in.',
    fixture: 'img-tracking-pixel',
  },
];
