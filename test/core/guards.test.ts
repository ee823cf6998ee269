/**
 * The guards that keep real prose: phrases only at the start of short or link-heavy blocks,
 * selector matches that hold several prose paragraphs kept, and link siblings taken only while
 * they are links.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument, planTidy } from '../../src/core/index.ts';

const LONG =
  'Pemerintah daerah menyiapkan dapur umum, layanan kesehatan keliling, dan bantuan perbaikan rumah bagi warga yang terdampak banjir sejak awal pekan, sementara relawan terus berdatangan dari kecamatan sekitar.';

function doc(body: string, url = 'https://www.kabarkota.example/berita/1'): Document {
  return new JSDOM(`<!doctype html><html lang="id"><head><title>Uji</title></head><body>${body}</body></html>`, { url })
    .window.document;
}

/** Texts of the blocks planTidy would remove. */
function planned(d: Document, url?: string): string[] {
  return planTidy(d, url ? { url } : {}).items.map((i) => i.nodes.map((n) => n.textContent?.trim()).join(' | '));
}

describe('phrase guard', () => {
  it('keeps a paragraph that says "baca juga" mid-sentence', () => {
    const d = doc(`<p>Kepala sekolah meminta orang tua baca juga buku cerita bersama anak di rumah.</p><p>${LONG}</p>`);
    expect(planned(d)).toEqual([]);
  });

  it('keeps long prose that starts with a phrase, removes the short insert', () => {
    const d = doc(`<p>Baca juga rencana lengkapnya: ${LONG}</p><p>Simak juga: ${LONG}</p><p>Baca juga: <a href="/x">Banjir Rendam Dua Desa</a></p>`);
    expect(planned(d)).toEqual(['Baca juga: Banjir Rendam Dua Desa']);
  });

  it('keeps short sentences that open with a phrase word but are not labels', () => {
    const d = doc('<p>Lihat juga perbandingannya dengan tahun lalu.</p><p>Recommended by doctors, the rule starts today.</p><p>Read more books, she said.</p>');
    expect(planned(d)).toEqual([]);
  });

  it('removes a long insert when it is mostly link text', () => {
    const links = Array.from({ length: 6 }, (_, i) => `<a href="/b/${i}">Judul berita terkait yang cukup panjang nomor ${i}</a>`).join(' ');
    const d = doc(`<p>Baca juga: ${links}</p><p>${LONG}</p>`);
    expect(planned(d)).toHaveLength(1);
  });
});

describe('link siblings (merdeka)', () => {
  it('takes the label and the link-only paragraphs after it, and stops at prose', () => {
    const d = doc(
      `<p>${LONG}</p><p class="dont-display"><strong>Baca juga:</strong></p>` +
        '<p><a href="/a">Kisah Para Penemu</a></p><p><a href="/b">Asal-Usul Wifi</a></p>' +
        `<p>${LONG}</p><p><a href="/c">Tautan di akhir artikel</a></p>`,
      'https://www.merdeka.com/teknologi/contoh.html',
    );
    const plan = planTidy(d);
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]!.rule).toBe('id-baca-juga-label');
    expect(plan.items[0]!.nodes.map((n) => n.textContent)).toEqual(['Baca juga:', 'Kisah Para Penemu', 'Asal-Usul Wifi']);
  });

  it('takes bare <a> siblings after a heading label (kapanlagi "Jangan Lewatkan")', () => {
    const d = doc(
      `<p>${LONG}</p><h2>Jangan Lewatkan</h2><a href="/a">Film Musikal Tayang Akhir Tahun</a><br><a href="/b">Grup Vokal Rilis Lagu Baru</a><br><p>${LONG}</p>`,
      'https://www.kapanlagi.com/musik/berita/contoh.html',
    );
    const plan = planTidy(d);
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]!.nodes.map((n) => n.nodeName)).toEqual(['H2', 'A', 'BR', 'A']);
  });

  it('removes the siblings from the cleaned article too', () => {
    const d = doc(
      `<article><h1>Uji</h1><p>${LONG}</p><p class="dont-display"><strong>Baca juga:</strong></p>` +
        `<p><a href="/a">Kisah Para Penemu</a></p><p>${LONG.replace('Pemerintah', 'Kemudian pemerintah')}</p><p>${LONG}</p></article>`,
      'https://www.merdeka.com/teknologi/contoh.html',
    );
    const result = cleanDocument(d);
    expect(result).not.toBeNull();
    expect(result!.text).not.toContain('Kisah Para Penemu');
    expect(result!.text).not.toContain('Baca juga');
    expect(result!.text).toContain('Kemudian pemerintah');
  });
});

describe('selector guard', () => {
  it('keeps a container with an ad-ish class that holds the article prose', () => {
    const d = doc(`<div class="ad-container"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div><div class="ad-container"></div>`);
    const plan = planTidy(d);
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]!.rule).toBe('ad-placeholder');
    expect(plan.items[0]!.nodes[0]!.textContent).toBe('');
  });

  it('never removes body, main or article, whatever their class', () => {
    const d = doc(`<main class="ad-slot"><article class="article-ad" data-ad="1"><p>Singkat.</p></article></main>`);
    expect(planTidy(d).items).toEqual([]);
  });
});

describe('markers', () => {
  it('removes a bare slot name and an ADVERTISEMENT label, not the same words in a sentence', () => {
    const d = doc(`<div><p>${LONG}</p>\nrb-1\n<p>ADVERTISEMENT</p><p>Slot rb-1 dan tulisan ADVERTISEMENT muncul di tengah kalimat ini.</p></div>`);
    expect(planned(d)).toEqual(['rb-1', 'ADVERTISEMENT']);
  });
});
