/**
 * Rules for an article's own page navigation ("Halaman 1 2 3 Selanjutnya"). They apply when an
 * article is extracted (the popup, the reader view, the CLI), where the pages are joined, and
 * never to a page tidied in place: there the nav is the reader's only way to the next page, and
 * the joiner reads its links.
 */
import type { Rule } from './types.ts';

export const PAGE_NAV_RULES: Rule[] = [
  {
    id: 'nav-pagination-id',
    kind: 'marker',
    // Whole-block only, and never bare numbers: a table cell "12 15" stays.
    pattern:
      'halaman\\s*:?\\s*(?:\\d{1,3}\\s*)+(?:dari\\s*\\d{1,3})?' +
      '|(?:halaman\\s*)?(?:(?:«\\s*)?sebelumnya\\s*)?(?:\\d{1,3}\\s*)*(?:selanjutnya|berikutnya|seterusnya)\\s*[»›]?',
    category: 'navigation',
    note: 'An article\'s own page nav, alone in its block: "Halaman 1 2 3 Selanjutnya", "2 Selanjutnya", "Halaman 2 dari 3" (id, ms).',
    fixture: 'pages-numbered-nav',
  },
];
