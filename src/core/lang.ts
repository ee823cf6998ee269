/**
 * A small stop-word guess at the article language, used only when the page declares none
 * (many Indonesian news pages have no `lang`), so reading time uses the right speed.
 */
import { WORD } from './text.ts';

const STOP_WORDS: Record<string, readonly string[]> = {
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'saya', 'ke', 'karena', 'tersebut', 'bisa', 'ada', 'mereka'],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'it', 'was', 'for', 'on', 'are', 'with', 'as', 'his', 'they', 'be', 'at', 'this', 'have'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'mit', 'sich', 'auf', 'für', 'von', 'dem', 'auch', 'es', 'im', 'wird'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'un', 'du', 'que', 'pour', 'dans', 'qui', 'pas', 'sur', 'au', 'avec', 'il', 'ce', 'sont'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'se', 'lo', 'como', 'más', 'pero', 'su'],
  pt: ['o', 'a', 'os', 'as', 'e', 'que', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'dos', 'das', 'se', 'na'],
};
const SETS = Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);
const SAMPLE_WORDS = 400;
const MIN_HITS = 8;

/** The most likely language of `text` among the tables, or null when unsure. */
export function guessLang(text: string): string | null {
  const words = text.toLowerCase().match(WORD)?.slice(0, SAMPLE_WORDS) ?? [];
  let best: string | null = null;
  let bestHits = MIN_HITS - 1;
  for (const [lang, set] of SETS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}
