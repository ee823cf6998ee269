/**
 * The read-aloud player: walks the plan chunk by chunk through the engine, moves the highlight
 * on each boundary event, and answers play/pause/stop/previous/next/start-here.
 *
 * Pause cancels the utterance and remembers the last word heard; resume speaks again from that
 * word. `speechSynthesis.pause()` is not used: Chrome's network voices and some Linux engines
 * ignore it or never resume (crbug.com/679437), and a cancelled utterance behaves the same
 * everywhere. Every utterance carries a token, so the `end` or `interrupted` of one that was
 * cancelled (which engines fire late) never moves the player.
 */
import type { SpeechEngine } from './engine.ts';
import type { Highlighter } from './highlight.ts';
import { rangeOf, type SpeechPlan } from './plan.ts';
import { wordEnd } from './sentences.ts';
import type { SpeechVoice } from './voices.ts';

export type PlayerState = 'idle' | 'playing' | 'paused';

/** Why the player stopped by itself: the browser refused without a gesture, or the engine failed. */
export type PlayerProblem = { kind: 'needs-gesture' } | { kind: 'failed'; error: string } | null;

export interface PlayerSnapshot {
  state: PlayerState;
  /** Index of the paragraph being read (or to be read next). */
  paragraph: number;
  paragraphs: number;
  problem: PlayerProblem;
}

export interface PlayerOptions {
  engine: SpeechEngine;
  plan: SpeechPlan;
  highlighter: Highlighter;
  /** BCP 47 tag of the article. */
  lang: string;
  /** Read at each utterance, so a voice or rate change applies from the next one. */
  voice: () => SpeechVoice | null;
  rate: () => number;
  onChange?: (snapshot: PlayerSnapshot) => void;
}

export interface Player {
  play(): void;
  pause(): void;
  /** Play when idle or paused, pause when playing. */
  toggle(): void;
  stop(): void;
  next(): void;
  previous(): void;
  /** Starts reading at paragraph `index`. */
  startAt(index: number): void;
  /** Restarts the current utterance (after a voice or rate change) when playing. */
  restart(): void;
  snapshot(): PlayerSnapshot;
}

/** Errors that mean the utterance was cancelled, not that speaking failed. */
const CANCELLED = new Set(['interrupted', 'canceled']);

/** Creates a player over `plan`; nothing is spoken until `play` or `startAt`. */
export function createPlayer(options: PlayerOptions): Player {
  const { engine, plan, highlighter, lang } = options;
  const paragraphs = plan.paragraphs;
  let state: PlayerState = 'idle';
  let problem: PlayerProblem = null;
  let paragraph = 0;
  let chunk = 0;
  /** Where in the chunk the current utterance starts, and the last word heard (chunk offsets). */
  let offset = 0;
  let heard = 0;
  let token = 0;

  const snapshot = (): PlayerSnapshot => ({ state, paragraph, paragraphs: paragraphs.length, problem });
  const changed = (): void => options.onChange?.(snapshot());

  const silence = (): void => {
    token++;
    engine.cancel();
  };

  const moveTo = (index: number): void => {
    paragraph = Math.max(0, Math.min(index, paragraphs.length - 1));
    chunk = 0;
    offset = 0;
    heard = 0;
  };

  const finish = (): void => {
    state = 'idle';
    moveTo(0);
    highlighter.clear();
    changed();
  };

  const fail = (error: string): void => {
    state = 'paused';
    offset = heard;
    // Cancelled by someone else (another tab's speech, the system): a pause, not a failure.
    if (CANCELLED.has(error)) problem = null;
    else problem = error === 'not-allowed' ? { kind: 'needs-gesture' } : { kind: 'failed', error };
    changed();
  };

  const advance = (): void => {
    chunk++;
    offset = 0;
    heard = 0;
    const current = paragraphs[paragraph];
    if (current && chunk < current.chunks.length) return speak();
    if (paragraph + 1 >= paragraphs.length) return finish();
    paragraph++;
    chunk = 0;
    changed();
    speak();
  };

  function speak(): void {
    const current = paragraphs[paragraph];
    const span = current?.chunks[chunk];
    if (!current || !span) return finish();
    const chunkText = current.text.slice(span.start, span.end);
    const from = offset;
    const text = chunkText.slice(from);
    if (!text.trim()) return advance();
    highlighter.sentence(rangeOf(current, span.start + from, span.end), current.block);
    const mine = ++token;
    engine.speak({
      text,
      lang,
      voice: options.voice(),
      rate: options.rate(),
      onBoundary: (charIndex, charLength) => {
        if (mine !== token) return;
        const start = from + charIndex;
        const end = charLength ? start + charLength : wordEnd(chunkText, start);
        heard = start;
        highlighter.word(rangeOf(current, span.start + start, span.start + Math.min(end, chunkText.length)));
      },
      onEnd: () => {
        if (mine === token) advance();
      },
      onError: (error) => {
        if (mine !== token) return;
        token++;
        fail(error);
      },
    });
  }

  const play = (): void => {
    if (state === 'playing' || paragraphs.length === 0) return;
    state = 'playing';
    problem = null;
    changed();
    speak();
  };

  const pause = (): void => {
    if (state !== 'playing') return;
    silence();
    state = 'paused';
    offset = heard;
    changed();
  };

  const jump = (index: number): void => {
    if (paragraphs.length === 0) return;
    const wasPlaying = state === 'playing';
    silence();
    moveTo(index);
    if (wasPlaying) {
      changed();
      speak();
    } else {
      const current = paragraphs[paragraph];
      const span = current?.chunks[0];
      if (current && span) highlighter.sentence(rangeOf(current, span.start, span.end), current.block);
      if (state === 'idle') state = 'paused';
      changed();
    }
  };

  return {
    play,
    pause,
    toggle: () => (state === 'playing' ? pause() : play()),
    stop() {
      silence();
      problem = null;
      finish();
    },
    next: () => {
      if (paragraph + 1 < paragraphs.length) jump(paragraph + 1);
    },
    previous: () => jump(paragraph - 1),
    startAt(index) {
      silence();
      moveTo(index);
      state = 'idle';
      play();
    },
    restart() {
      if (state !== 'playing') return;
      silence();
      offset = heard;
      speak();
    },
    snapshot,
  };
}
