/**
 * The hand-over between the two content scripts: `content/speech.js` provides the read-aloud
 * mount function on the isolated world's `window` (shared by every script of the extension in
 * the page, as the run-once guards are), and the reader loads that script through the
 * background the first time it needs it. Only a type comes from ./mount.ts here: none of its code
 * enters the extraction bundle.
 */
import { sendToBackground } from '../../../shared/messaging.ts';
import type { mountSpeech } from './mount.ts';

export type MountSpeech = typeof mountSpeech;

declare global {
  interface Window {
    /** Set by `content/speech.js`. */
    __bersihSpeech?: MountSpeech;
  }
}

/** Called by `content/speech.js` once it runs. */
export function provideSpeech(mount: MountSpeech): void {
  window.__bersihSpeech = mount;
}

/** The mount function when `content/speech.js` already runs in this page, else null. */
export function loadedSpeech(): MountSpeech | null {
  return window.__bersihSpeech ?? null;
}

/** Asks the background to run `content/speech.js` here; resolves to its mount function. */
export async function loadSpeech(): Promise<MountSpeech> {
  const ready = loadedSpeech();
  if (ready) return ready;
  const answer = await sendToBackground('loadSpeech', {});
  const mount = loadedSpeech();
  if (!mount) throw new Error(answer?.error ?? 'the read-aloud script did not load');
  return mount;
}
