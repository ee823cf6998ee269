/**
 * The structural page-nav rules: a nav goes when its links lead to other pages of the same
 * article, in any language; a "next article" link, a block that holds one, and a page link in a
 * sentence stay.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isNavText, removePageNav } from '../../../src/core/pages/page-nav.ts';
import type { Removal } from '../../../src/core/types.ts';

const URL1 = 'https://www.kabar.example/berita/2024/banjir-surut-di-tepi-sungai';

function run(body: string, url = URL1): { text: string; removed: Removal[] } {
  const doc = new JSDOM(`<!doctype html><body><div id="root">${body}</div></body>`, { url: URL1 }).window.document;
  const root = doc.getElementById('root')!;
  const removed: Removal[] = [];
  removePageNav(root, url, removed);
  return { text: root.textContent!.replace(/\s+/g, ' ').trim(), removed };
}

const PROSE = '<p>Air yang merendam ratusan rumah di tepi sungai mulai surut pada Rabu pagi.</p>';

describe('removePageNav', () => {
  it('takes a numbered nav of ?page=N links, whatever its words, and reports it', () => {
    const { text, removed } = run(`${PROSE}<div class="x"><ul><li><span>1</span></li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li><li><a href="?page=2">Next »</a></li></ul></div>`);
    expect(text).toBe('Air yang merendam ratusan rumah di tepi sungai mulai surut pada Rabu pagi.');
    expect(removed).toEqual([expect.objectContaining({ rule: 'nav-numbered-run', category: 'navigation', text: '1 2 3 Next »' })]);
  });

  it('takes a numbered nav of /N paths, with "Seite" and "Página" words', () => {
    expect(run(`${PROSE}<p>Seite <a href="${URL1}/2">2</a> <a href="${URL1}/3">3</a></p>`).removed.map((r) => r.rule)).toEqual(['nav-numbered-run']);
    expect(run(`${PROSE}<p>Página: <a href="${URL1}/pagina/2">2</a> · <a href="${URL1}/pagina/3">3</a></p>`).text).not.toContain('Página');
  });

  it('takes the block around rel=next/prev links, and a lone "Suivant" or "Page 2" link', () => {
    const url = `${URL1}?page=2`;
    expect(run(`${PROSE}<div><a rel="prev" href="${URL1}">‹ Vorherige</a> <a rel="next" href="?page=3">Nächste ›</a></div>`, url).removed.map((r) => r.rule)).toEqual(['nav-rel-pages']);
    expect(run(`${PROSE}<p><a href="?page=3">Suivant</a></p>`, url).removed.map((r) => r.rule)).toEqual(['nav-page-label']);
    expect(run(`${PROSE}<div><a href="?page=3">Page 3</a></div>`, url).removed.map((r) => r.rule)).toEqual(['nav-page-label']);
  });

  it('never takes a "next article" link, however it is labelled, nor a block that holds one', () => {
    const next = '<p><a href="/berita/2024/jembatan-baru-dibuka">Selanjutnya</a></p><p><a rel="next" href="/berita/2024/harga-cabai">Next</a></p>';
    expect(run(`${PROSE}${next}`).removed).toEqual([]);
    const mixed = run(`${PROSE}<div><a href="?page=2">2</a> <a href="?page=3">3</a> <a href="/berita/2024/harga-cabai">Next</a></div>`);
    expect(mixed.removed).toEqual([]);
    expect(mixed.text).toContain('2 3 Next');
  });

  it('leaves a page link inside a sentence, a lone number, and a section list of another address', () => {
    expect(run(`<p>Cerita ini berlanjut di <a href="?page=2">halaman 2</a> bersama foto-fotonya.</p>`).removed).toEqual([]);
    expect(run(`${PROSE}<div><a href="?page=2">2</a></div>`).removed).toEqual([]);
    expect(run(`${PROSE}<div><a href="/berita?page=2">2</a> <a href="/berita?page=3">3</a></div>`).removed).toEqual([]);
    expect(run(`${PROSE}<div><a href="?page=2">2</a> <a href="?page=3">3</a></div>`, 'not a url').removed).toEqual([]);
  });

  it('reads nav text as numbers, page words and arrows only', () => {
    expect(isNavText('Halaman 1 2 3 Selanjutnya »')).toBe(true);
    expect(isNavText('« Zurück | Weiter »')).toBe(true);
    expect(isNavText('Page 2 of 3')).toBe(true);
    expect(isNavText('Read the next story')).toBe(false);
    expect(isNavText('Berita Selanjutnya')).toBe(false);
  });
});
