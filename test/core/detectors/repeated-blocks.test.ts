/**
 * `repeatedBlocks` straight on measured trees: which siblings are copies, and one pass however
 * many siblings a parent has (a page is an adversary: thousands of like-sized blocks).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/core/detectors/link-stats.ts';
import { repeatedBlocks } from '../../../src/core/detectors/repeated-blocks.ts';
import { siteContext } from '../../../src/core/detectors/site.ts';

const URL_ = 'https://www.kabarkota.example/daerah/2024/07/12/warga-bangun-jembatan';

function copiesIn(body: string): string[] {
  const doc = new JSDOM(`<!doctype html><body>${body}</body>`, { url: URL_ }).window.document;
  return repeatedBlocks(measure(doc.body, siteContext(doc, URL_))).map((el) => el.id);
}

/** A sentence of 160 characters or so, different for each `n` but of one length. */
const text = (n: number): string => `Blok nomor ${String(n).padStart(6, '0')} berisi kalimat panjang tentang jembatan bambu yang dibangun warga secara gotong royong setelah banjir besar melanda desa mereka bulan lalu.`;

describe('repeatedBlocks', () => {
  it('takes a later division with an earlier sibling\'s text, whatever that sibling is, and no paragraph', () => {
    expect(copiesIn(`<div id="a">${text(1)}</div><div id="b">${text(2)}</div><div id="c">${text(1)}</div>`)).toEqual(['c']);
    expect(copiesIn(`<p id="a">${text(1)}</p><section id="b"> ${text(1)}</section>`)).toEqual(['b']);
    expect(copiesIn(`<div id="a">${text(1)}</div><p id="b">${text(1)}</p>`)).toEqual([]);
    // Cousins are not siblings, and short blocks never count.
    expect(copiesIn(`<div><h3>Pagi</h3><div id="a">${text(1)}</div></div><div><h3>Sore</h3><div id="b">${text(1)}</div></div>`)).toEqual([]);
    expect(copiesIn('<div id="a">Baca juga</div><div id="b">Baca juga</div>')).toEqual([]);
  });

  it('finds the one copy among 20,000 siblings of one length', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `<div id="d${i}">${text(i)}</div>`).join('');
    expect(copiesIn(`${many}<div id="copy">${text(7)}</div>`)).toEqual(['copy']);
  });
});
