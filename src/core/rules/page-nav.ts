/**
 * Rules for an article's own page navigation ("Halaman 1 2 3 Selanjutnya", "Page 1 2 3 Next",
 * "« Zurück | Weiter »"). They apply when an article is extracted (the popup, the reader view,
 * the CLI), where the pages are joined, and never to a page tidied in place: there the nav is the
 * reader's only way to the next page, and the joiner reads its links.
 *
 * The structural rules (`nav-numbered-run`, `nav-rel-pages`, `nav-page-label`) find the nav by
 * its links first (`../pages/page-nav.ts`): links to another page of the same article (same
 * origin and path, another page number: `?page=2`, `/2`, `/page/2`), in a block whose text is
 * nothing but page numbers and page words. A link to another article ("Next article", "Berita
 * selanjutnya") has another path and is never taken for one, whatever its label.
 */
import type { DetectorRule, Rule } from './types.ts';

export interface PageNavRule extends DetectorRule {
  detector: 'page-nav';
}

/** The structural page-nav rules, in the order a nav block is matched against them. */
export const PAGE_NAV_STRUCTURAL: PageNavRule[] = [
  {
    id: 'nav-numbered-run',
    kind: 'detector',
    detector: 'page-nav',
    category: 'navigation',
    note: 'A numbered page nav in any language: two or more numbered links to other pages of the same article (`?page=2`, `/2`, `/page/2`).',
    fixture: 'pages-nav-numbered',
  },
  {
    id: 'nav-rel-pages',
    kind: 'detector',
    detector: 'page-nav',
    category: 'navigation',
    note: 'The block around `rel=next` / `rel=prev` links to the same article\'s other pages ("« Zurück | Weiter »").',
    fixture: 'pages-nav-rel',
  },
  {
    id: 'nav-page-label',
    kind: 'detector',
    detector: 'page-nav',
    category: 'navigation',
    note: 'A lone link to the same article\'s next page labelled as one: "Next page", "Page 2", "Seite 2", "Página siguiente", "Suivant".',
    fixture: 'pages-nav-label',
  },
];

export const PAGE_NAV_RULES: Rule[] = [
  {
    id: 'nav-pagination-id',
    kind: 'marker',
    // Whole-block only, and never bare numbers: a table cell "12 15" stays. Page numbers are
    // `\d[\d\s]*`, which is what `(?:\d{1,3}\s*)+` means, without its ways of cutting a digit
    // run: on a run of 129 joined page links ("123456789101112…129 Page") those backtracked for
    // ever, and the page hung.
    pattern:
      'halaman\\s*:?\\s*\\d[\\d\\s]*(?:dari\\s*\\d{1,3})?' +
      '|(?:halaman\\s*)?(?:(?:«\\s*)?sebelumnya\\s*)?(?:\\d[\\d\\s]*)?(?:selanjutnya|berikutnya|seterusnya)\\s*[»›]?',
    category: 'navigation',
    note: 'An article\'s own page nav, alone in its block: "Halaman 1 2 3 Selanjutnya", "2 Selanjutnya", "Halaman 2 dari 3" (id, ms).',
    fixture: 'pages-numbered-nav',
  },
  ...PAGE_NAV_STRUCTURAL,
];
