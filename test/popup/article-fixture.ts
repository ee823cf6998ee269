/** A `CleanResult` for popup tests; `html` is overridable to feed hostile markup. */
import type { CleanResult } from '../../src/core/types.ts';

export function article(overrides: Partial<CleanResult> = {}): CleanResult {
  return {
    title: 'Banjir Rob Genangi Pesisir Utara Jakarta',
    byline: 'Rina Wulandari',
    siteName: 'Kabar Contoh',
    lang: 'id',
    publishedTime: '2026-03-14T08:30:00+07:00',
    excerpt: null,
    html: [
      '<p>Banjir rob kembali menggenangi kawasan pesisir.</p>',
      '<h2>Warga mengungsi</h2>',
      '<ul><li>Muara Baru</li><li>Kamal Muara</li></ul>',
      '<blockquote><p>Air naik sejak subuh.</p></blockquote>',
      '<figure><img src="/img/banjir.jpg" alt="Genangan air"><figcaption>Genangan di Muara Baru.</figcaption></figure>',
      '<p>Baca <a href="/berita/2">berita terkait</a>.</p>',
    ].join(''),
    text: 'Banjir rob kembali menggenangi kawasan pesisir.\n\nWarga mengungsi',
    markdown: 'Banjir rob kembali menggenangi kawasan pesisir.\n\n## Warga mengungsi',
    wordCount: 820,
    readingMinutes: 4,
    removed: [],
    readerable: true,
    notArticle: null,
    ...overrides,
  };
}
