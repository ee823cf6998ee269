/**
 * The scoring metric of the scrapinghub article-extraction-benchmark (its `evaluate.py`), ported
 * literally so our figures are comparable with the published ones (Readability.js 0.947 …):
 * tokens are Unicode `\w+` runs, case kept (the original's IGNORECASE flag does not change what
 * `\w` matches), each text becomes a multiset of 4-token shingles, per-page tp/fp/fn are normalised
 * to sum to 1, precision and recall are averaged over pages, F1 is the harmonic mean of the averages.
 */

/** Per-page counts, normalised so that long pages do not weigh more than short ones. */
export interface TpFpFn {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  f1: number;
  precision: number;
  recall: number;
}

// Python's `\w` in Unicode mode: letters, digits and the underscore (combining marks excluded).
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Splits a text into `\w+` tokens, as the original `_tokenize` does. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The multiset of `n`-token shingles of a text. A text with fewer than `n` tokens yields one
 * shorter shingle (none when it has no token), exactly like the original `_ngrams`.
 */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    // U+0001 cannot occur inside a token, so the joined key is unambiguous.
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** tp/fp/fn of one prediction against its gold text, normalised to sum to 1 (all 0 if both are empty). */
export function shingleMatch(gold: string, predicted: string, n = 4): TpFpFn {
  const want = shingles(gold, n);
  const got = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, goldCount] of want) {
    const predCount = got.get(key) ?? 0;
    tp += Math.min(goldCount, predCount);
    fn += Math.max(0, goldCount - predCount);
  }
  for (const [key, predCount] of got) {
    fp += Math.max(0, predCount - (want.get(key) ?? 0));
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** Precision of one page, with the original's conventions for the degenerate cases. */
export function precisionScore({ tp, fp, fn }: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Recall of one page, with the original's conventions for the degenerate cases. */
export function recallScore({ tp, fp, fn }: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** F1 of one page (harmonic mean of its precision and recall), used to rank the worst pages. */
export function pageF1(counts: TpFpFn): number {
  const p = precisionScore(counts);
  const r = recallScore(counts);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Corpus scores: precision averages pages with a non-empty prediction (tp + fp > 0), recall
 * averages pages with a non-empty gold text (tp + fn > 0); F1 is the harmonic mean of the averages.
 * The original raises on an empty average; here it counts as 0 so a broken run still prints.
 */
export function scoresOf(pages: TpFpFn[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionScore));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}
