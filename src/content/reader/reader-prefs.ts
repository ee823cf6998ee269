/**
 * The reader view's own preferences: the subset of `Settings` it shows (its controls change all
 * but `printLinks`, which the options page sets). Kept as plain data so the view needs no
 * storage; the caller loads, saves and syncs them (./prefs-sync.ts).
 */
import {
  FONT_SIZE_MAX, FONT_SIZE_MIN, FONTS, LINE_HEIGHTS, THEMES, WIDTHS, type Settings,
} from '../../shared/settings.ts';

export const PREF_KEYS = ['theme', 'fontSize', 'width', 'font', 'lineHeight', 'printLinks'] as const;
export type ReaderPrefs = Pick<Settings, (typeof PREF_KEYS)[number]>;

export { FONTS, LINE_HEIGHTS, THEMES, WIDTHS };

/** One press of A−/A+ changes the size by this many px. */
export const FONT_STEP = 2;

/** The reader's part of `settings`. */
export function prefsOf(settings: Settings): ReaderPrefs {
  const prefs = {} as Record<(typeof PREF_KEYS)[number], unknown>;
  for (const key of PREF_KEYS) prefs[key] = settings[key];
  return prefs as ReaderPrefs;
}

/** Whether two sets of preferences are the same, key by key. */
export function samePrefs(a: ReaderPrefs, b: ReaderPrefs): boolean {
  return PREF_KEYS.every((key) => a[key] === b[key]);
}

/** `prefs` with the font size moved by `steps` presses, kept within the allowed range. */
export function stepFontSize(prefs: ReaderPrefs, steps: number): ReaderPrefs {
  const fontSize = Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, prefs.fontSize + steps * FONT_STEP));
  return { ...prefs, fontSize };
}

/** Whether the font size can still go down (`-1`) or up (`+1`). */
export function canStep(prefs: ReaderPrefs, direction: -1 | 1): boolean {
  return direction < 0 ? prefs.fontSize > FONT_SIZE_MIN : prefs.fontSize < FONT_SIZE_MAX;
}
