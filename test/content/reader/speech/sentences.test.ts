import { describe, expect, it } from 'vitest';
import { chunkText, MAX_CHUNK_CHARS, wordEnd } from '../../../../src/content/reader/speech/sentences.ts';

const pieces = (text: string, lang: string | null = 'id', max?: number): string[] =>
  chunkText(text, lang, max).map(({ start, end }) => text.slice(start, end));

describe('chunkText', () => {
  it('speaks one sentence per chunk, trimmed', () => {
    const text = 'Hujan turun sejak pagi. Banjir merendam 20 rumah! Apakah warga aman? Ya.';
    expect(pieces(text)).toEqual(['Hujan turun sejak pagi.', 'Banjir merendam 20 rumah!', 'Apakah warga aman?', 'Ya.']);
  });

  it('cuts a sentence longer than the limit at a comma, then between words, never above the limit', () => {
    const clause = 'Petugas gabungan dikerahkan untuk membantu evakuasi warga lanjut usia dan anak-anak';
    const text = `${clause}, ${'sementara pompa air dinyalakan untuk mempercepat surutnya genangan '.repeat(5)}di jalan.`;
    const chunks = pieces(text);
    expect(chunks[0]).toBe(`${clause},`);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
      expect(chunk).toBe(chunk.trim());
    }
    // Nothing lost, nothing doubled: the pieces put back together are the text.
    expect(chunks.join(' ')).toBe(text);
    // Cuts fall between words: every chunk after the first starts right after a space.
    for (const { start } of chunkText(text, 'id').slice(1)) expect(text[start - 1]).toBe(' ');
  });

  it('cuts a single word longer than the limit', () => {
    expect(pieces('a'.repeat(25), 'en', 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
  });

  it('gives nothing for white space alone', () => {
    expect(chunkText('  \n ', 'id')).toEqual([]);
  });

  it('falls back to punctuation when Intl.Segmenter is missing', () => {
    const segmenter = Intl.Segmenter;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      expect(pieces('Satu dua. «Tiga» empat?” Lima', 'id')).toEqual(['Satu dua.', '«Tiga» empat?”', 'Lima']);
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = segmenter;
    }
  });

  it('survives a language tag the runtime cannot read', () => {
    expect(pieces('Satu. Dua.', 'not a tag!')).toEqual(['Satu.', 'Dua.']);
  });
});

describe('wordEnd', () => {
  it('finds the end of the word at an index, for engines that send no length', () => {
    const text = 'Warga anak-anak di Jakarta’s, 2024.';
    expect(text.slice(6, wordEnd(text, 6))).toBe('anak-anak');
    expect(text.slice(19, wordEnd(text, 19))).toBe('Jakarta’s');
    expect(text.slice(30, wordEnd(text, 30))).toBe('2024');
    expect(text.slice(28, wordEnd(text, 28))).toBe(',');
  });
});
