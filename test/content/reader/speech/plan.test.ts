// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { paragraphAt, planSpeech, rangeOf } from '../../../../src/content/reader/speech/plan.ts';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'body';
  // Test-authored markup, not page HTML.
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('planSpeech', () => {
  it('makes one paragraph per block, white space collapsed, <br> a space', () => {
    const root = body('<h2>Judul  kecil</h2><p>  Satu\n\n   dua<br>tiga </p><ul><li>Butir <b>satu</b></li><li>Butir dua</li></ul>');
    const plan = planSpeech([root], 'id');
    expect(plan.paragraphs.map((p) => p.text)).toEqual(['Judul kecil', 'Satu dua tiga', 'Butir satu', 'Butir dua']);
    expect(plan.paragraphs.map((p) => p.block.tagName)).toEqual(['H2', 'P', 'LI', 'LI']);
  });

  it('maps a word back to its DOM range across inline markup', () => {
    const root = body('<p>Presiden <a href="/x">Joko <em>Widodo</em></a> meresmikan jalan ber<b>sih</b>kan.</p>');
    const [paragraph] = planSpeech([root], 'id').paragraphs;
    if (!paragraph) throw new Error('no paragraph');
    expect(paragraph.text).toBe('Presiden Joko Widodo meresmikan jalan bersihkan.');
    const widodo = rangeOf(paragraph, 14, 20);
    expect(widodo?.toString()).toBe('Widodo');
    expect(widodo?.startContainer.parentElement?.tagName).toBe('EM');
    // One word split over three text nodes.
    const start = paragraph.text.indexOf('bersihkan');
    const word = rangeOf(paragraph, start, start + 'bersihkan'.length);
    expect(word?.toString()).toBe('bersihkan');
    expect(word?.startContainer).not.toBe(word?.endContainer);
    // A span through the link and out of it.
    expect(rangeOf(paragraph, 9, 31)?.toString()).toBe('Joko Widodo meresmikan');
    expect(rangeOf(paragraph, 5, 5)).toBeNull();
    expect(rangeOf(paragraph, 40, 400)?.toString()).toBe('rsihkan.');
  });

  it('never reads captions, code, hidden or removed nodes, and changes nothing', () => {
    const root = body(
      [
        '<p>Awal cerita.</p>',
        '<figure><img alt="Foto banjir" src="a.jpg"><figcaption>Foto: Antara</figcaption></figure>',
        '<p class="caption">Keterangan foto</p>',
        '<pre>npm install</pre><p>Jalankan <code>bersih --help</code> dulu.</p>',
        '<p hidden>Tersembunyi</p><p aria-hidden="true">Juga tersembunyi</p>',
        '<p data-bersih-removed="read-also">Baca juga: berita lain</p>',
        '<script>var x = 1</script><noscript>aktifkan JS</noscript>',
        '<p>Akhir cerita.</p>',
      ].join(''),
    );
    const before = root.innerHTML;
    const plan = planSpeech([root], 'id');
    expect(plan.paragraphs.map((p) => p.text)).toEqual(['Awal cerita.', 'Jalankan dulu.', 'Akhir cerita.']);
    expect(root.innerHTML).toBe(before);
  });

  it('reads several roots in order and chunks each paragraph', () => {
    const title = document.createElement('h1');
    title.textContent = 'Judul Berita';
    const root = body('<p>Kalimat satu. Kalimat dua.</p>');
    document.body.prepend(title);
    const plan = planSpeech([title, root], 'id');
    expect(plan.paragraphs.map((p) => p.text)).toEqual(['Judul Berita', 'Kalimat satu. Kalimat dua.']);
    const chunks = plan.paragraphs[1]?.chunks.map(({ start, end }) => plan.paragraphs[1]?.text.slice(start, end));
    expect(chunks).toEqual(['Kalimat satu.', 'Kalimat dua.']);
  });

  it('finds the paragraph a clicked node is in, the innermost block first', () => {
    const root = body('<blockquote><p>Kutipan <i>pertama</i>.</p></blockquote><div>Teks lepas <span>di sini</span></div>');
    const plan = planSpeech([root], 'id');
    expect(paragraphAt(plan, root.querySelector('i')!)).toBe(0);
    expect(paragraphAt(plan, root.querySelector('span')!)).toBe(1);
    expect(paragraphAt(plan, document.body)).toBe(-1);
  });
});
