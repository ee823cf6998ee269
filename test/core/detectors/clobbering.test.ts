/**
 * The structural detectors on a page whose form shadows DOM properties (issue 18). The pipeline
 * defuses forms before extraction, so this runs the detectors on the page itself: their walks
 * climb through and step past the form, and must neither loop nor throw.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runDetectors, siteContext } from '../../../src/core/detectors/index.ts';
import type { Removal } from '../../../src/core/types.ts';
import { emulateClobbering } from '../clobber.ts';

const URL_ = 'https://www.kabarkota.example/daerah/2024/07/12/warga-bangun-jembatan';
const P1 = 'Warga Desa Sukamaju membangun jembatan bambu sepanjang tiga puluh meter secara swadaya setelah jembatan lama hanyut terbawa banjir bulan lalu, dan pekerjaan dimulai sejak subuh.';
const P2 = 'Kepala desa mengatakan bambu diambil dari kebun warga dan tidak dibeli, karena gotong royong seperti ini sudah menjadi kebiasaan di desa itu sejak puluhan tahun yang lalu.';
const link = (slug: string, text: string): string => `<a href="https://www.kabarkota.example/daerah/2024/07/01/${slug}">${text}</a>`;

// An e-mail field named `parentElement` turns a raw climb from it into a loop between it and the
// form; `tagName` makes `form.tagName.toUpperCase()` throw.
const PAGE = `<!doctype html><html lang="id"><head><title>Uji</title></head><body><article>
<p>${P1}</p>
<h3>Baca juga</h3><ul><li>${link('banjir-rendam-tiga-kecamatan', 'Banjir Rendam Tiga Kecamatan')}</li><li>${link('harga-bambu-naik-lagi', 'Harga Bambu Naik Lagi Pekan Ini')}</li></ul>
<div class="newsletter"><p>Jangan sampai ketinggalan berita terkini</p>
<form><input name="tagName"><input name="parentNode"><input type="email" name="parentElement"><input name="nextElementSibling"><input name="textContent"><button name="children">Daftar</button></form></div>
<p>${P2}</p>
</article></body></html>`;

describe('detectors on a page with a clobbering form', () => {
  it('take the related links and the sign-up box, keep the prose, and stop', () => {
    const { window } = new JSDOM(PAGE, { url: URL_ });
    const undo = emulateClobbering(window);
    try {
      const doc = window.document;
      const form = doc.querySelector('form')!;
      // The emulation is on: the form's own properties read as its fields.
      expect(form.parentNode).toBe(form.querySelector('[name="parentNode"]'));
      expect(form.tagName).toBe(form.querySelector('[name="tagName"]'));

      const root = doc.body;
      const removed: Removal[] = [];
      const ctx = siteContext(doc, URL_);
      runDetectors(root, ctx, removed, 'page');
      runDetectors(root, ctx, removed, 'article');

      expect(removed.map((r) => r.rule).sort()).toEqual(['gen-link-block', 'gen-signup-box']);
      const text = root.textContent ?? '';
      expect(text).not.toContain('Harga Bambu Naik');
      expect(text).not.toContain('Baca juga');
      expect(text).not.toContain('Jangan sampai ketinggalan');
      expect(text).toContain(P1);
      expect(text).toContain(P2);
    } finally {
      undo();
    }
  });
});
