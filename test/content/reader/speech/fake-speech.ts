/**
 * A recording stand-in for `window.speechSynthesis` and `SpeechSynthesisUtterance`, driven by the
 * test: `boundary()`, `end()` and `fail()` play the engine's events on the utterance being
 * spoken. Like real engines, `cancel()` reports `interrupted` on that utterance late (in a
 * microtask), so a player that does not ignore it would be caught moving on.
 */
import type { SpeechVoice } from '../../../../src/content/reader/speech/voices.ts';

type Handler = ((event: never) => void) | null;

export class FakeUtterance {
  lang = '';
  rate = 1;
  voice: SpeechVoice | null = null;
  onboundary: Handler = null;
  onend: Handler = null;
  onerror: Handler = null;
  constructor(readonly text: string) {}
}

export interface FakeSynth {
  /** Every utterance handed to `speak`, in order. */
  readonly spoken: FakeUtterance[];
  /** The utterance being spoken. */
  current: FakeUtterance | null;
  cancels: number;
  getVoices(): SpeechVoice[];
  speak(utterance: FakeUtterance): void;
  cancel(): void;
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
  /** A word boundary at `charIndex` of the current utterance (`charLength` as the engine gives it). */
  boundary(charIndex: number, charLength?: number): void;
  /** Every word of the current utterance in turn, then its end. */
  speakAll(): void;
  end(): void;
  fail(error: string): void;
  setVoices(voices: SpeechVoice[]): void;
}

export function createFakeSynth(initialVoices: SpeechVoice[] = []): FakeSynth {
  let voices = initialVoices;
  let queue: FakeUtterance[] = [];
  const listeners = new Set<() => void>();
  const synth: FakeSynth = {
    spoken: [],
    current: null,
    cancels: 0,
    getVoices: () => voices,
    speak(utterance) {
      synth.spoken.push(utterance);
      queue.push(utterance);
      if (!synth.current) synth.current = queue.shift() ?? null;
    },
    cancel() {
      synth.cancels++;
      const interrupted = synth.current;
      synth.current = null;
      queue = [];
      if (interrupted) queueMicrotask(() => (interrupted.onerror as ((e: { error: string }) => void) | null)?.({ error: 'interrupted' }));
    },
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    boundary(charIndex, charLength) {
      (synth.current?.onboundary as ((e: object) => void) | null)?.({ name: 'word', charIndex, charLength });
    },
    speakAll() {
      const text = synth.current?.text ?? '';
      for (const match of text.matchAll(/\S+/g)) synth.boundary(match.index ?? 0, match[0].length);
      synth.end();
    },
    end() {
      const done = synth.current;
      synth.current = null;
      (done?.onend as (() => void) | null)?.();
      if (!synth.current) synth.current = queue.shift() ?? null;
    },
    fail(error) {
      const failed = synth.current;
      synth.current = null;
      (failed?.onerror as ((e: { error: string }) => void) | null)?.({ error });
    },
    setVoices(next) {
      voices = next;
      for (const listener of listeners) listener();
    },
  };
  return synth;
}

/** Puts `synth` on `win` as its `speechSynthesis`; returns the function that takes it away. */
export function installFakeSpeech(win: Window, synth: FakeSynth): () => void {
  const target = win as unknown as Record<string, unknown>;
  target.speechSynthesis = synth;
  target.SpeechSynthesisUtterance = FakeUtterance;
  return () => {
    delete target.speechSynthesis;
    delete target.SpeechSynthesisUtterance;
  };
}

export const VOICES = {
  damayanti: { name: 'Damayanti', lang: 'id-ID', localService: true },
  google: { name: 'Google Bahasa Indonesia', lang: 'id-ID', localService: false },
  amira: { name: 'Amira', lang: 'ms-MY', localService: true },
  samantha: { name: 'Samantha', lang: 'en-US', localService: true, default: true },
  daniel: { name: 'Daniel', lang: 'en-GB', localService: true },
} satisfies Record<string, SpeechVoice>;
