/**
 * The speech engine seam. The player speaks through this interface only, so unit tests pass a
 * recording fake and the e2e test build a page-driven one (./test-seam.ts); the real one wraps
 * the window's `speechSynthesis`.
 */
import type { SpeechVoice } from './voices.ts';

/** One utterance and what to call as it is spoken. */
export interface UtteranceRequest {
  text: string;
  /** BCP 47 tag of the text; engines use it when no voice is given. */
  lang: string;
  voice: SpeechVoice | null;
  /** 1 is normal speed. */
  rate: number;
  /** A word (or sentence) starts at `charIndex` of `text`; `charLength` is 0 or missing in some engines. */
  onBoundary(charIndex: number, charLength: number | undefined): void;
  onEnd(): void;
  /** `SpeechSynthesisErrorEvent.error`: `interrupted`/`canceled` after `cancel()`, `not-allowed` without a user gesture… */
  onError(error: string): void;
}

export interface SpeechEngine {
  getVoices(): SpeechVoice[];
  /** Voices arrive late in Chrome (`voiceschanged`); returns the unsubscribe function. */
  onVoicesChanged(listener: () => void): () => void;
  speak(request: UtteranceRequest): void;
  /** Stops the current utterance and drops any queued one. */
  cancel(): void;
}

type SpeechWindow = Window & { speechSynthesis?: SpeechSynthesis; SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };

/** The engine of `win`'s `speechSynthesis`, or null when the browser has none. */
export function nativeEngine(win: Window): SpeechEngine | null {
  const { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance } = win as SpeechWindow;
  if (!synth || typeof Utterance !== 'function') return null;
  const native = (): SpeechSynthesisVoice[] => {
    try {
      return synth.getVoices();
    } catch {
      return [];
    }
  };
  // Chrome can garbage-collect an utterance mid-speech and never fire its `end` (crbug.com/509488):
  // the one being spoken is kept referenced here.
  let speaking: SpeechSynthesisUtterance | null = null;
  return {
    getVoices: () => native().map(({ name, lang, default: isDefault, localService }) => ({ name, lang, default: isDefault, localService })),
    onVoicesChanged(listener) {
      synth.addEventListener('voiceschanged', listener);
      return () => synth.removeEventListener('voiceschanged', listener);
    },
    speak(request) {
      const utterance = new Utterance(request.text);
      utterance.lang = request.lang;
      utterance.rate = request.rate;
      const voice = request.voice && native().find((v) => v.name === request.voice?.name);
      if (voice) utterance.voice = voice;
      utterance.onboundary = (event) => {
        if (event.name === 'word') request.onBoundary(event.charIndex, event.charLength);
      };
      utterance.onend = () => {
        if (speaking === utterance) speaking = null;
        request.onEnd();
      };
      utterance.onerror = (event) => {
        if (speaking === utterance) speaking = null;
        request.onError(event.error);
      };
      speaking = utterance;
      synth.speak(utterance);
    },
    cancel() {
      speaking = null;
      synth.cancel();
    },
  };
}
