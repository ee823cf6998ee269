/**
 * The structural detectors (src/core/detectors/): what they take, and the prose guards that keep
 * real article text whatever links, words or layout it shares with clutter.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import { siteOf } from '../../../src/core/detectors/site.ts';

const URL_ = 'https://www.kabarkota.example/daerah/2024/07/12/warga-bangun-jembatan';
const P1 = 'Warga Desa Sukamaju membangun jembatan bambu sepanjang tiga puluh meter secara swadaya setelah jembatan lama hanyut terbawa banjir bulan lalu, dan pekerjaan dimulai sejak subuh.';
const P2 = 'Kepala desa mengatakan bambu diambil dari kebun warga dan tidak dibeli, karena gotong royong seperti ini sudah menjadi kebiasaan di desa itu sejak puluhan tahun yang lalu.';
const P3 = 'Pemerintah kabupaten berjanji membangun jembatan permanen tahun depan, sementara warga akan merawat jembatan bambu ini dan mengganti bagian yang lapuk secara bergiliran.';

function clean(body: string, url = URL_) {
  const doc = new JSDOM(`<!doctype html><html lang="id"><head><title>Uji</title></head><body><article>${body}</article></body></html>`, { url }).window.document;
  const result = cleanDocument(doc, { url });
  expect(result).not.toBeNull();
  return { text: result!.text, rules: result!.removed.map((r) => r.rule), byline: result!.byline };
}

const link = (slug: string, text: string, host = 'https://www.kabarkota.example'): string => `<a href="${host}/daerah/2024/07/01/${slug}">${text}</a>`;

describe('link blocks and runs', () => {
  it('takes a labelled list of same-site article links whatever the label says', () => {
    const r = clean(`<p>${P1}</p><h3>Ne manquez pas</h3><ul><li>${link('banjir-rendam-tiga-kecamatan', 'Banjir Rendam Tiga Kecamatan')}</li><li>${link('harga-bambu-naik-lagi', 'Harga Bambu Naik Lagi Pekan Ini')}</li></ul><p>${P2}</p><p>${P3}</p>`);
    expect(r.rules).toContain('gen-link-block');
    expect(r.text).not.toContain('Ne manquez pas');
    expect(r.text).not.toContain('Banjir Rendam');
    expect(r.text).toContain(P2);
  });

  it('keeps the article\'s own notes, which its prose points at, and still takes a contents list', () => {
    const note = (n: number, slug: string, text: string): string => `<li id="catatan-${n}"><a href="#rujukan-${n}">^</a> ${link(slug, text)}</li>`;
    const notes = `<ol>${note(1, 'banjir-rendam-tiga-kecamatan', 'Banjir Rendam Tiga Kecamatan')}${note(2, 'harga-bambu-naik-lagi', 'Harga Bambu Naik Lagi Pekan Ini')}</ol>`;
    const cited = `<p>${P1}<sup id="rujukan-1"><a href="#catatan-1">[1]</a></sup></p><p>${P2}<sup id="rujukan-2"><a href="#catatan-2">[2]</a></sup></p>`;
    const r = clean(`${cited}<p>${P3}</p>${notes}`);
    expect(r.rules).not.toContain('gen-link-block');
    expect(r.text).toContain('Harga Bambu Naik Lagi Pekan Ini');
    // Links that point out of their block (a table of contents) spare nothing.
    const contents = `<ul id="isi"><li>${link('banjir-rendam-tiga-kecamatan', 'Banjir Rendam Tiga Kecamatan')}<a href="#bagian-1"></a></li><li>${link('harga-bambu-naik-lagi', 'Harga Bambu Naik Lagi Pekan Ini')}<a href="#bagian-2"></a></li></ul>`;
    const t = clean(`<p>${P1}</p>${contents}<p id="bagian-1">${P2}</p><p id="bagian-2">${P3}</p>`);
    expect(t.rules).toContain('gen-link-block');
    expect(t.text).not.toContain('Harga Bambu');
  });

  it('keeps prose paragraphs however many same-site links they hold', () => {
    const prose = `<p>${P1} Lihat ${link('liputan-gotong-royong-desa', 'liputan gotong royong desa')} dan ${link('perbaikan-jalan-desa-bersama', 'perbaikan jalan desa bersama')} sebelumnya.</p>`;
    const r = clean(`${prose}<p>${P2}</p><p>${P3}</p>`);
    expect(r.rules.filter((id) => id.startsWith('gen-'))).toEqual([]);
    expect(r.text).toContain('liputan gotong royong desa');
  });

  it('keeps a lone link paragraph and lists of links to other sites', () => {
    const others = `<ul><li>${link('laporan-bencana-tahunan-nasional', 'Laporan Bencana Tahunan Nasional', 'https://bnpb.example')}</li><li>${link('peta-risiko-banjir-daerah', 'Peta Risiko Banjir Daerah Selatan', 'https://bmkg.example')}</li></ul>`;
    const r = clean(`<p>${P1}</p><p>${link('foto-jembatan-bambu-sukamaju', 'Foto-foto pembangunan jembatan bambu')}</p><p>${P2}</p>${others}<p>${P3}</p>`);
    expect(r.rules.filter((id) => id.startsWith('gen-'))).toEqual([]);
    expect(r.text).toContain('Foto-foto pembangunan jembatan bambu');
    expect(r.text).toContain('Peta Risiko Banjir Daerah Selatan');
  });
});

describe('listings', () => {
  it('keeps a list split under headings when its parts together are half the article, none of them alone', () => {
    const titles = ['Banjir Rendam Tiga Kecamatan', 'Harga Bambu Naik Lagi Pekan Ini', 'Jalan Desa Diperbaiki Warga Sendiri', 'Sekolah Baru Dibuka Bulan Depan'];
    const part = (letter: string): string => `<h2>${letter}</h2><ul>${titles.map((t) => `<li>${link(`${letter} ${t}`.toLowerCase().replace(/ /g, '-'), `${letter} ${t}`)}</li>`).join('')}</ul>`;
    const r = clean(`<div class="daftar"><p>${P1}</p><p>${P2}</p><p>${P3}</p>${['A', 'B', 'C', 'D', 'E', 'F'].map(part).join('')}</div>`);
    expect(r.rules).not.toContain('gen-link-block');
    expect(r.text).toContain('F Sekolah Baru Dibuka');
  });
});

describe('teaser cards', () => {
  const card = (slug: string, title: string, summary: string): string => `<div class="kartu"><h3>${link(slug, title)}</h3><p>${summary}</p></div>`;
  // Summaries too long for a link block; the cards are a small part of the article.
  const cards = card('banjir-rendam-tiga-kecamatan', 'Banjir Rendam Tiga Kecamatan', P2.replace('Kepala desa', 'Camat')) +
    card('harga-bambu-naik-lagi', 'Harga Bambu Naik Lagi Pekan Ini', P3.replace('Pemerintah kabupaten', 'Dinas pekerjaan umum')) +
    card('jalan-desa-diperbaiki-warga', 'Jalan Desa Diperbaiki Warga Sendiri', P1.replace('Warga', 'Penduduk'));
  const prose = `<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1.replace('bulan lalu', 'pekan lalu')}</p><p>${P2.replace('kebun', 'hutan')}</p>`;

  it('takes three or more cards that end the article', () => {
    const r = clean(`<div class="isi">${prose}<div class="lain">${cards}</div></div>`);
    expect(r.rules).toContain('gen-teaser-run');
    expect(r.text).not.toContain('Harga Bambu Naik Lagi');
    expect(r.text).toContain(P3);
  });

  it('keeps every row of a listing when a row of the same kind has a card\'s shape but no headline link', () => {
    const row = (slug: string, title: string): string => `<article><h3>${link(slug, title)}</h3><p>Harga bambu di pasar desa.</p></article>`;
    const rows = card('banjir-rendam-tiga-kecamatan', 'Banjir Rendam Tiga Kecamatan', P2).replace(/div/g, 'article') +
      row('harga-bambu', 'Bambu') + card('harga-bambu-naik-lagi', 'Harga Bambu Naik Lagi Pekan Ini', P3).replace(/div/g, 'article') +
      card('jalan-desa-diperbaiki-warga', 'Jalan Desa Diperbaiki Warga Sendiri', P1).replace(/div/g, 'article');
    const r = clean(`<div class="isi">${prose}<div class="lain">${rows}</div></div>`);
    expect(r.rules).not.toContain('gen-teaser-run');
    expect(r.text).toContain('Harga Bambu Naik Lagi');
  });

  it('keeps cards that the article\'s prose goes on after', () => {
    const r = clean(`<div class="isi"><p>${P1}</p>${cards}${prose}</div>`);
    expect(r.rules).not.toContain('gen-teaser-run');
    expect(r.text).toContain('Harga Bambu Naik Lagi');
  });
});

describe('credits', () => {
  it('takes a credit table and uses its author for the byline when the page names none', () => {
    const r = clean(`<p>${P1}</p><p>${P2}</p><p>${P3}</p><table><tr><td>Reporter</td><td>Rina Kartika</td></tr><tr><td>Editor</td><td>Bayu Santoso</td></tr></table>`);
    expect(r.rules).toContain('gen-credit-block');
    expect(r.text).not.toContain('Bayu Santoso');
    expect(r.byline).toBe('Rina Kartika');
  });

  it('keeps a data table and sentences that mention a writer', () => {
    const table = '<table><tr><td>Desa</td><td>Sukamaju</td></tr><tr><td>Panjang</td><td>30 meter</td></tr></table>';
    const r = clean(`<p>${P1}</p><p>Penulis buku sejarah desa, Rina Kartika, ikut membantu.</p><p>${P2}</p>${table}<p>${P3}</p>`);
    expect(r.rules.filter((id) => id.startsWith('gen-'))).toEqual([]);
    expect(r.text).toContain('Penulis buku sejarah desa');
    expect(r.text).toContain('Sukamaju');
  });
});

describe('author boxes', () => {
  const penulis = (slug: string, name: string): string => `<a href="https://www.kabarkota.example/penulis/${slug}/">${name}</a>`;

  it('takes a box whose bio starts with the name its author link gives, with its label, in any language', () => {
    const box = `<h4>Tentang penulis</h4><div class="kotak"><img src="/a.jpg" alt=""><div><div>${penulis('sari-wulandari', 'Sari Wulandari')}</div>` +
      '<p>Sari Wulandari adalah wartawan yang meliput berita daerah dan lingkungan sejak 2015, dan kini tinggal di Bandung.</p></div></div>';
    const r = clean(`<div class="isi"><p>${P1}</p><p>${P2}</p><p>${P3}</p>${box}</div>`);
    expect(r.rules).toContain('gen-author-bio');
    expect(r.text).not.toContain('Tentang penulis');
    expect(r.text).not.toContain('adalah wartawan');
    expect(r.text).toContain(P3);
    expect(r.byline).toBe('Sari Wulandari');
  });

  it('keeps sections that only mention an author, and an article short enough to be one box', () => {
    const review = `<div class="ulasan"><h3>2. Sepeda Lipat</h3><p>Foto dari ulasan ${penulis('dewi', 'Dewi')} bulan Mei.</p><p>${P2}</p></div>`;
    const r = clean(`<div class="isi"><p>${P1}</p>${review}<p>${P3}</p></div>`);
    expect(r.rules).not.toContain('gen-author-bio');
    expect(r.text).toContain(P2);
    const own = clean(`<div class="isi"><p>Oleh ${penulis('budi-santoso', 'Budi Santoso')}</p><p>Budi Santoso, warga desa, ikut mengangkut bambu. ${P1}</p><p>${P2}</p></div>`);
    expect(own.rules).not.toContain('gen-author-bio');
    expect(own.text).toContain(P2);
  });
});

describe('orphan headings', () => {
  it('keeps a heading with text under it and a prompt followed by text', () => {
    const r = clean(`<p>${P1}</p><h3>Bahan bangunan</h3><p>${P2}</p><p>Daftar bahan yang dipakai:</p><p>Bambu, tali ijuk, dan paku kayu.</p><p>${P3}</p>`);
    expect(r.rules.filter((id) => id.startsWith('gen-'))).toEqual([]);
    expect(r.text).toContain('Bahan bangunan');
    expect(r.text).toContain('Daftar bahan yang dipakai:');
  });
});

describe('folded panels', () => {
  const steps = (panel: string): string => `<p>${P1}</p><div class="langkah"><div class="kepala"><button type="button">1. Membersihkan sungai</button></div>${panel}</div><p>${P3}</p>`;

  it('shows a panel folded under its toggle, whether an attribute, a style or a class hides it', () => {
    for (const panel of [`<div hidden aria-hidden="true"><p>${P2}</p></div>`, `<div style="display: none"><p>${P2}</p></div>`, `<div class="isi-panel isi-panel-hidden"><p>${P2}</p></div>`]) {
      expect(clean(steps(panel)).text).toContain(P2);
    }
  });

  it('keeps hidden a panel with no toggle before it, a dialog with a form, and a folded line too short to be prose', () => {
    const noToggle = clean(`<p>${P1}</p><div class="kepala">1. Membersihkan sungai</div><div style="display:none"><p>${P2}</p></div><p>${P3}</p>`);
    expect(noToggle.text).not.toContain(P2);
    const dialog = clean(steps(`<div class="daftar modal" style="display:none"><p>${P2}</p><form><input type="email"></form></div>`));
    expect(dialog.text).not.toContain(P2);
    const short = clean(steps('<div hidden><p>Tutup jendela ini.</p></div>'));
    expect(short.text).not.toContain('Tutup jendela');
  });
});

describe('hidden later pages', () => {
  it('shows them in tree order: a page inside a page shown first is shown too, a section or a div alike', () => {
    const r = clean(`<div class="halaman"><p>${P1}</p></div><section class="halaman" style="display:none"><p>${P2}</p><div class="halaman" style="display:none"><p>${P3}</p></div></section>`);
    expect(r.text).toContain(P2);
    expect(r.text).toContain(P3);
  });
});

describe('contents lists and copies of a block', () => {
  const heads = ['Jembatan lama hanyut', 'Bambu dari kebun warga', 'Janji jembatan permanen', 'Siapa yang merawat', 'Kata kepala desa'];
  const toc = (n = 5): string => `<ul>${heads.slice(0, n).map((h, i) => `<li><a href="#bagian-${i}">${h}</a></li>`).join('')}</ul>`;
  const sections = heads.map((h, i) => `<h2 id="bagian-${i}">${h}</h2><p>${[P1, P2, P3][i % 3]}</p>`).join('');

  it('takes a list of links to the article\'s own headings, with its label', () => {
    const r = clean(`<p>${P2}</p><h4>Isi artikel</h4>${toc()}${sections}`);
    expect(r.rules).toContain('gen-contents-list');
    expect(r.text).not.toContain('Isi artikel');
    expect(r.text.split('Jembatan lama hanyut').length).toBe(2);
  });

  it('keeps a short or nested one, as Readability does (readability-test-pages keep theirs)', () => {
    expect(clean(`<p>${P2}</p>${toc(4)}${sections}`).rules).not.toContain('gen-contents-list');
    const nested = toc().replace('</a></li></ul>', `</a><ul><li><a href="#bagian-4">${heads[4]}</a></li></ul></li></ul>`);
    expect(clean(`<p>${P2}</p>${nested}${sections}`).rules).not.toContain('gen-contents-list');
  });

  it('keeps one the prose leads into', () => {
    const led = clean(`<p>${P2}</p><p>Langsung saja ke bagian yang ingin dibaca:</p>${toc()}${sections}`);
    expect(led.rules).not.toContain('gen-contents-list');
    expect(led.text).toContain('Langsung saja ke bagian');
  });

  it('takes a later copy of a division, never a repeated paragraph', () => {
    const box = `<div><h3>Gotong royong</h3><p>${P3}</p><p>${P2}</p></div>`;
    const r = clean(`<p>${P1}</p>${box}${box}<p>${P2}</p><p>${P1}</p>`);
    expect(r.rules).toContain('gen-repeated-block');
    expect(r.text.split('Gotong royong').length).toBe(2);
    expect(r.text.split(P1).length).toBe(3);
    // Three copies of a short box in one wrapper: the wrapper is not taken for a box of finds.
    const short = `<div><h3>Jadwal kerja bakti</h3><p>Setiap Minggu pagi pukul enam, warga berkumpul di balai desa membawa parang, cangkul, tali ijuk dan bekal makan siang sendiri dari rumah.</p></div>`;
    const w = clean(`<p>${P1}</p><div>${short}${short}${short}</div><p>${P2}</p><p>${P3}</p>`);
    expect(w.text.split('Jadwal kerja bakti').length).toBe(2);
  });
});

describe('siteOf', () => {
  it('reduces hosts to their registrable part', () => {
    expect(siteOf('news.detik.com')).toBe('detik.com');
    expect(siteOf('m.x.kompas.co.id')).toBe('kompas.co.id');
    expect(siteOf('www.malaymail.com.my')).toBe('malaymail.com.my');
    expect(siteOf('localhost')).toBe('localhost');
  });
});
