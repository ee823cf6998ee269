/**
 * The voice and speed the user picked, remembered per article language in `storage.local`
 * (never synced: voice names belong to one device). One key, `speechByLang`:
 * `{ id: { voice: 'Damayanti', rate: 1.25 }, en: { rate: 1.5 } }`. Anything unusable in it is
 * dropped on read; a failed save keeps the choice for this page (the caller holds it).
 */
import { browser } from '../../../shared/browser.ts';

export const SPEECH_PREFS_KEY = 'speechByLang';

/** The speeds offered; 1 is the voice's normal pace. */
export const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const DEFAULT_RATE = 1;

export interface SpeechPrefs {
  /** A voice name (`SpeechSynthesisVoice.name`); absent: the best voice for the language. */
  voice?: string;
  rate: number;
}

type Stored = Record<string, { voice?: string; rate?: number }>;

function validRate(rate: unknown): number {
  return typeof rate === 'number' && (RATES as readonly number[]).includes(rate) ? rate : DEFAULT_RATE;
}

async function readAll(): Promise<Stored> {
  const raw = (await browser.storage.local.get(SPEECH_PREFS_KEY))[SPEECH_PREFS_KEY];
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Stored) : {};
}

/** The prefs for `lang` (a primary language tag), defaults where nothing usable is stored. */
export async function loadSpeechPrefs(lang: string): Promise<SpeechPrefs> {
  const entry = (await readAll())[lang];
  const voice = typeof entry?.voice === 'string' && entry.voice !== '' ? entry.voice : undefined;
  return voice ? { voice, rate: validRate(entry?.rate) } : { rate: validRate(entry?.rate) };
}

/** Remembers `prefs` for `lang`, leaving the other languages' as they are. */
export async function saveSpeechPrefs(lang: string, prefs: SpeechPrefs): Promise<void> {
  const all = await readAll();
  all[lang] = prefs.voice ? { voice: prefs.voice, rate: validRate(prefs.rate) } : { rate: validRate(prefs.rate) };
  await browser.storage.local.set({ [SPEECH_PREFS_KEY]: all });
}
