/**
 * The reader view's own preferences: the subset of `Settings` its controls change.
 * Kept as plain data so the view needs no storage; the caller loads and saves them.
 */
import { FONT_SIZE_MAX, FONT_SIZE_MIN, THEMES, WIDTHS, type Settings } from '../../shared/settings.ts';

export type ReaderPrefs = Pick<Settings, 'theme' | 'fontSize' | 'width'>;

export { THEMES, WIDTHS };

/** One press of A−/A+ changes the size by this many px. */
export const FONT_STEP = 2;

/** `prefs` with the font size moved by `steps` presses, kept within the allowed range. */
export function stepFontSize(prefs: ReaderPrefs, steps: number): ReaderPrefs {
  const fontSize = Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, prefs.fontSize + steps * FONT_STEP));
  return { ...prefs, fontSize };
}

/** Whether the font size can still go down (`-1`) or up (`+1`). */
export function canStep(prefs: ReaderPrefs, direction: -1 | 1): boolean {
  return direction < 0 ? prefs.fontSize > FONT_SIZE_MIN : prefs.fontSize < FONT_SIZE_MAX;
}
