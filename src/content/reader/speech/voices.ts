/**
 * Which voice reads an article: the one the user chose for its language, else the best voice
 * for the language, else nothing, with a fallback to offer ("no voice for this language").
 * Pure: voices in, choice out.
 */

/** The part of `SpeechSynthesisVoice` the choice needs. */
export interface SpeechVoice {
  readonly name: string;
  readonly lang: string;
  readonly default?: boolean;
  readonly localService?: boolean;
}

/** The primary language of a tag: `id-ID`, `id_ID` and Android's old `in-ID` are all `id`. */
export function primaryLang(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === 'in' ? 'id' : primary;
}

/** The region each language's voice is preferred for, when several are installed. */
const PREFERRED_TAG: Record<string, string> = { id: 'id-id', ms: 'ms-my', en: 'en-us' };

/**
 * Close enough to stand in when a language has no voice: Malay and Indonesian are mutually
 * intelligible, far more than either is with English.
 */
const RELATED: Record<string, readonly string[]> = { ms: ['id'], id: ['ms'] };

function score(voice: SpeechVoice, lang: string): number {
  const tag = voice.lang.toLowerCase().replace('_', '-').replace(/^in-/, 'id-');
  return (tag === PREFERRED_TAG[lang] ? 4 : 0) + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
}

/** The voices for `lang`, best first (preferred region, then on-device, then the default). */
export function voicesFor(voices: readonly SpeechVoice[], lang: string): SpeechVoice[] {
  const primary = primaryLang(lang);
  return voices
    .filter((voice) => primaryLang(voice.lang) === primary)
    .map((voice, index) => ({ voice, index, score: score(voice, primary) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ voice }) => voice);
}

export interface VoiceChoice {
  /** The voice to read with; null when none is installed for the language. */
  voice: SpeechVoice | null;
  /** When `voice` is null: the voice to offer instead (a related language's, else the default). */
  fallback: SpeechVoice | null;
}

/**
 * The voice for an article in `lang`. `remembered` is the name the user picked for this language
 * before; it wins while that voice is still installed, even if it is another language's (the user
 * may prefer it).
 */
export function chooseVoice(voices: readonly SpeechVoice[], lang: string, remembered?: string): VoiceChoice {
  const picked = remembered ? voices.find((voice) => voice.name === remembered) : undefined;
  if (picked) return { voice: picked, fallback: null };
  const best = voicesFor(voices, lang)[0];
  if (best) return { voice: best, fallback: null };
  const related = (RELATED[primaryLang(lang)] ?? []).map((other) => voicesFor(voices, other)[0]).find(Boolean);
  const fallback = related ?? voices.find((voice) => voice.default) ?? voicesFor(voices, 'en')[0] ?? voices[0] ?? null;
  return { voice: null, fallback };
}
