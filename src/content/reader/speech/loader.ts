/**
 * Read aloud, loaded on first use (../../late-script.ts): `content/speech.js` provides the mount
 * function, and the reader has the background run it the first time Listen is pressed. Only a
 * type comes from ./mount.ts here: none of its code enters the extraction bundle.
 */
import { lateScript } from '../../late-script.ts';
import type { mountSpeech } from './mount.ts';

export type MountSpeech = typeof mountSpeech;

const speech = lateScript<MountSpeech>('__bersihSpeech', 'loadSpeech', (reason) => reason ?? 'the read-aloud script did not load');

/** Called by `content/speech.js` once it runs. */
export const provideSpeech = speech.provide;
/** The mount function when `content/speech.js` already runs in this page, else null. */
export const loadedSpeech = speech.loaded;
/** Has the background run `content/speech.js` here; resolves to its mount function. */
export const loadSpeech = speech.load;
