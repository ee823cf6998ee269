import { describe, expect, it } from 'vitest';
import { pageF1, precisionScore, recallScore, scoresOf, shingleMatch, shingles, tokenize } from '../../bench/lib/metric.ts';

describe('tokenize', () => {
  it('keeps Unicode word runs (letters, digits, underscore) and their case', () => {
    expect(tokenize('Halo, Dunia! foo_bar 42 café—Ünïcode')).toEqual(['Halo', 'Dunia', 'foo_bar', '42', 'café', 'Ünïcode']);
    expect(tokenize(' … — ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('makes overlapping 4-token shingles, counted as a multiset', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b c d e').size).toBe(2);
    // 5 identical tokens → the same shingle twice.
    expect([...shingles('x x x x x').values()]).toEqual([2]);
  });

  it('gives a text shorter than 4 tokens one short shingle, and an empty text none', () => {
    expect(shingles('a b').size).toBe(1);
    expect(shingles('').size).toBe(0);
  });
});

describe('shingleMatch', () => {
  it('normalises tp/fp/fn to sum to one', () => {
    // gold {abcd, bcde}, predicted {abcd}: tp 1, fn 1 → 0.5 / 0.5.
    expect(shingleMatch('a b c d e', 'a b c d')).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
    // predicted {abcd, bcde, cdef}, gold {abcd}: tp 1, fp 2.
    const extra = shingleMatch('a b c d', 'a b c d e f');
    expect(extra.tp).toBeCloseTo(1 / 3);
    expect(extra.fp).toBeCloseTo(2 / 3);
    expect(extra.fn).toBe(0);
  });

  it('counts repeated shingles as a multiset', () => {
    expect(shingleMatch('x x x x x', 'x x x x')).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
  });

  it('is case-sensitive and ignores punctuation and spacing', () => {
    expect(shingleMatch('A b c d', 'a b c d')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
    expect(shingleMatch('a b c d', '  a, b.\n\nc — d!')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('returns all zeros when both texts are empty', () => {
    expect(shingleMatch('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('page scores', () => {
  it('follows the original conventions for degenerate pages', () => {
    expect(precisionScore({ tp: 0, fp: 0, fn: 0 })).toBe(1);
    expect(recallScore({ tp: 0, fp: 0, fn: 0 })).toBe(1);
    expect(precisionScore({ tp: 0, fp: 0, fn: 1 })).toBe(0);
    expect(recallScore({ tp: 0, fp: 1, fn: 0 })).toBe(0);
    expect(pageF1({ tp: 0.5, fp: 0, fn: 0.5 })).toBeCloseTo(2 / 3);
    expect(pageF1({ tp: 0, fp: 0.5, fn: 0.5 })).toBe(0);
  });
});

describe('scoresOf', () => {
  it('averages precision over non-empty predictions and recall over non-empty golds', () => {
    const pages = [
      shingleMatch('a b c d e', 'a b c d'), // precision 1, recall 0.5
      shingleMatch('a b c d', ''), // empty output: no precision, recall 0
      shingleMatch('p q r s t', 'p q r s t'), // perfect
      shingleMatch('', ''), // nothing on either side: in neither average
    ];
    const s = scoresOf(pages);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.5); // (0.5 + 0 + 1) / 3
    expect(s.f1).toBeCloseTo((2 * 1 * 0.5) / 1.5);
  });

  it('scores an empty corpus as zero instead of throwing', () => {
    expect(scoresOf([])).toEqual({ f1: 0, precision: 0, recall: 0 });
  });
});
