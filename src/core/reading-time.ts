/**
 * Reading speed in words per minute, per language (silent reading of non-fiction).
 * Most figures: Trauzettel-Klosinski & Dietz 2012, "Standardized assessment of reading
 * performance" (IReST), and Brysbaert 2019 for English. Indonesian and Malay have no published
 * IReST norm; their words are long (agglutinating affixes, ~6.5 letters on average in news text),
 * so we use 180 wpm, the rate of languages with similar word lengths (German, Portuguese).
 * CJK and Thai are counted per character (see `countWords`), hence their higher rates.
 */
const WORDS_PER_MINUTE: Record<string, number> = {
  id: 180,
  ms: 180,
  en: 238,
  de: 179,
  fr: 195,
  es: 218,
  pt: 181,
  it: 188,
  nl: 202,
  sv: 199,
  fi: 161,
  pl: 166,
  ru: 184,
  tr: 166,
  ar: 138,
  he: 187,
  zh: 255,
  ja: 357,
  th: 300,
};
const DEFAULT_WPM = 200;

/** Minutes to read `words` in language `lang` (a BCP 47 tag), at least 1. */
export function readingMinutes(words: number, lang: string | null): number {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const wpm = WORDS_PER_MINUTE[primary] ?? DEFAULT_WPM;
  return Math.max(1, Math.round(words / wpm));
}
