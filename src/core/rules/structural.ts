/**
 * Structural detectors as data (issue 14): the families of clutter every outlet has in some form,
 * recognised by structure first and wording second, so they work where no site profile applies.
 * The code behind each lives in `../detectors/`; each rule here names it, says why, and names the
 * fixture (one we wrote, reproducing the pattern) in which it fires. Ids start with `gen-`.
 *
 * The prose guard is shared by all of them: a block holding a run of text outside links longer
 * than a teaser line, or a paragraph of prose, is never removed (`../detectors/link-stats.ts`).
 */
import type { DetectorRule } from './types.ts';

export const STRUCTURAL_RULES: DetectorRule[] = [
  {
    id: 'gen-hidden-pages',
    kind: 'detector',
    detector: 'hidden-pages',
    category: 'navigation',
    note: 'Pages 2 to n of an article shipped hidden beside the visible first page (same class, prose inside), and folded panels of prose after their toggles: shown for extraction.',
    fixture: 'gen-hidden-pages',
  },
  {
    id: 'gen-link-block',
    kind: 'detector',
    detector: 'link-block',
    category: 'related',
    note: 'A block of links to other articles of the same site, with or without a label, whatever the label says.',
    fixture: 'gen-related-links',
  },
  {
    id: 'gen-link-run',
    kind: 'detector',
    detector: 'link-run',
    category: 'related',
    note: 'A run of sibling paragraphs each holding only a link to another article of the same site, and the label before it.',
    fixture: 'gen-related-links',
  },
  {
    id: 'gen-teaser-run',
    kind: 'detector',
    detector: 'teaser-run',
    category: 'related',
    note: 'Three or more teaser cards ending the article: each a heading that links to another article of the same site, and a short summary.',
    fixture: 'gen-teaser-cards',
  },
  {
    id: 'gen-tag-list',
    kind: 'detector',
    detector: 'tag-list',
    category: 'navigation',
    note: 'Tag and topic lists: links to `/tag/`-style pages or texts with a `#` prefix, and their label.',
    fixture: 'gen-tags-credits',
  },
  {
    id: 'gen-orphan-heading',
    kind: 'detector',
    detector: 'orphan-heading',
    category: 'promo',
    note: 'A heading or prompt with nothing under it once its video, gallery or poll embed is gone.',
    fixture: 'gen-orphan-heading',
  },
  {
    id: 'gen-credit-block',
    kind: 'detector',
    detector: 'credit-block',
    category: 'syndication',
    note: 'Author, editor, reporter, photographer and source credits: a table, a definition list, name-and-role lines, a byline or a © line.',
    fixture: 'gen-tags-credits',
  },
  {
    id: 'gen-author-bio',
    kind: 'detector',
    detector: 'author-bio',
    category: 'syndication',
    note: 'An about-the-author box: a short block linking to the author\'s page whose bio names them ("Jane Doe is a reporter…"), and its label.',
    fixture: 'gen-author-bio',
  },
  {
    id: 'gen-signup-box',
    kind: 'detector',
    detector: 'signup-box',
    category: 'promo',
    note: 'A newsletter sign-up box: a short block around a form with an e-mail field, its pitch and its thank-you text.',
    fixture: 'gen-orphan-heading',
  },
  {
    id: 'gen-contents-list',
    kind: 'detector',
    detector: 'contents-list',
    category: 'navigation',
    note: 'A contents list: links to places in the article itself, and its label.',
    fixture: 'gen-contents-list',
  },
  {
    id: 'gen-repeated-block',
    kind: 'detector',
    detector: 'repeated-block',
    category: 'navigation',
    note: 'A later copy of a block (one per screen size): a division with the text of an earlier sibling.',
    fixture: 'gen-contents-list',
  },
];
