/**
 * Our own small Indonesian news page reproducing the inserts the auto-clean removes:
 * a "Baca Juga:" related link, a Google Publisher Tag slot and a numbered `rb-1` ad slot
 * between the article paragraphs. (Pattern as on okezone/FTNews pages; text written for tests.)
 */
export const ARTICLE_URL = 'https://news.contoh.co.id/read/2024/05/12/banjir-jakarta';

export const PARAGRAPHS = [
  'Hujan deras yang mengguyur Jakarta sejak Minggu malam menyebabkan banjir di sejumlah wilayah, terutama di kawasan Jakarta Timur dan Jakarta Utara yang berada di dataran rendah.',
  'Badan Penanggulangan Bencana Daerah mencatat ketinggian air mencapai satu meter di beberapa permukiman warga, sehingga ratusan orang harus mengungsi ke tempat yang lebih aman.',
  'Petugas gabungan dikerahkan untuk membantu evakuasi warga lanjut usia dan anak-anak, sementara pompa air dinyalakan untuk mempercepat surutnya genangan di jalan-jalan utama.',
  'Pemerintah provinsi meminta warga tetap waspada karena curah hujan diperkirakan masih tinggi hingga akhir pekan, dan menyiapkan dapur umum di sejumlah titik pengungsian.',
];

/** The body of the page: article paragraphs with three inserts between them. */
export const BODY_HTML = `
<header><a href="/">Contoh News</a></header>
<article>
  <h1>Banjir Rendam Sejumlah Wilayah Jakarta</h1>
  <p>${PARAGRAPHS[0]}</p>
  <p><strong>Baca Juga: <a href="https://news.contoh.co.id/read/2024/05/11/cuaca">Prakiraan Cuaca Jakarta Hari Ini</a></strong></p>
  <p>${PARAGRAPHS[1]}</p>
  <div id="div-gpt-ad-123" class="ads"></div>
  <p>${PARAGRAPHS[2]}</p>
  <div class="rb-1"></div>
  <p>${PARAGRAPHS[3]}</p>
</article>
<footer>© Contoh News</footer>
`;

/** Loads the fixture into the test's (jsdom) document. */
export function loadArticle(doc: Document = document): void {
  doc.title = 'Banjir Rendam Sejumlah Wilayah Jakarta - Contoh News';
  doc.documentElement.lang = 'id';
  doc.body.replaceChildren();
  const parsed = new DOMParser().parseFromString(BODY_HTML, 'text/html');
  for (const node of [...parsed.body.childNodes]) doc.body.append(doc.importNode(node, true));
}
