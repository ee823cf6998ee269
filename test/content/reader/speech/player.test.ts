// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { nativeEngine } from '../../../../src/content/reader/speech/engine.ts';
import {
  createHighlighter,
  READING_ATTRIBUTE,
  SENTENCE_HIGHLIGHT,
  WORD_HIGHLIGHT,
} from '../../../../src/content/reader/speech/highlight.ts';
import { planSpeech } from '../../../../src/content/reader/speech/plan.ts';
import { createPlayer, type Player, type PlayerSnapshot } from '../../../../src/content/reader/speech/player.ts';
import { createFakeSynth, FakeUtterance, installFakeSpeech, VOICES, type FakeSynth } from './fake-speech.ts';

const HTML = [
  '<p>Banjir merendam <a href="/j">Jakarta <em>Timur</em></a> sejak pagi. Warga mengungsi.</p>',
  '<p>Petugas datang.</p>',
  '<p>Hujan reda sore hari.</p>',
].join('');

/** A window whose registry records highlights the way CSS.highlights holds them. */
function highlightWindow() {
  class Highlight {
    readonly ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  const highlights = new Map<string, Highlight>();
  const text = (name: string): string | undefined => highlights.get(name)?.ranges.map(String).join('');
  return { win: { CSS: { highlights }, Highlight } as unknown as Window, text };
}

let synth: FakeSynth;
let root: HTMLElement;
let changes: PlayerSnapshot[];
let rate = 1;

function setup(mode: 'painted' | 'fallback' = 'painted'): { player: Player; text: (name: string) => string | undefined } {
  synth = createFakeSynth([VOICES.samantha, VOICES.damayanti]);
  const restore = installFakeSpeech(window, synth);
  const engine = nativeEngine(window);
  restore();
  if (!engine) throw new Error('no engine');
  const painted = highlightWindow();
  const highlighter =
    mode === 'painted' ? createHighlighter(painted.win, root) : createHighlighter(window, root, () => 0, 'fallback');
  changes = [];
  const player = createPlayer({
    engine,
    plan: planSpeech([root], 'id'),
    highlighter,
    lang: 'id-ID',
    voice: () => VOICES.damayanti,
    rate: () => rate,
    onChange: (snapshot) => changes.push(snapshot),
  });
  return { player, text: painted.text };
}

const spokenTexts = (): string[] => synth.spoken.map((u) => u.text);
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  root = document.createElement('div');
  // Test-authored markup.
  root.innerHTML = HTML;
  document.body.replaceChildren(root);
  rate = 1;
});

describe('player', () => {
  it('speaks every chunk in order with the voice, language and rate, then stops by itself', () => {
    const { player, text } = setup();
    player.play();
    expect(synth.current).toBeInstanceOf(FakeUtterance);
    expect(synth.current).toMatchObject({ text: 'Banjir merendam Jakarta Timur sejak pagi.', lang: 'id-ID', rate: 1 });
    expect(synth.current?.voice).toMatchObject({ name: 'Damayanti' });
    expect(text(SENTENCE_HIGHLIGHT)).toBe('Banjir merendam Jakarta Timur sejak pagi.');
    while (synth.current) synth.speakAll();
    expect(spokenTexts()).toEqual(['Banjir merendam Jakarta Timur sejak pagi.', 'Warga mengungsi.', 'Petugas datang.', 'Hujan reda sore hari.']);
    expect(player.snapshot()).toMatchObject({ state: 'idle', paragraph: 0, problem: null });
    expect(text(WORD_HIGHLIGHT)).toBeUndefined();
    expect(text(SENTENCE_HIGHLIGHT)).toBeUndefined();
    expect(changes.map((c) => `${c.state}@${c.paragraph}`)).toEqual(['playing@0', 'playing@1', 'playing@2', 'idle@0']);
  });

  it('moves the word highlight with the boundary events, across inline markup and into later chunks', () => {
    const { player, text } = setup();
    player.play();
    synth.boundary(0, 6);
    expect(text(WORD_HIGHLIGHT)).toBe('Banjir');
    synth.boundary(24, 5);
    expect(text(WORD_HIGHLIGHT)).toBe('Timur');
    // No length from the engine: the word is measured in the text.
    synth.boundary(16);
    expect(text(WORD_HIGHLIGHT)).toBe('Jakarta');
    synth.end();
    // The second chunk: its indexes count from its own start.
    synth.boundary(6, 9);
    expect(text(WORD_HIGHLIGHT)).toBe('mengungsi');
    expect(text(SENTENCE_HIGHLIGHT)).toBe('Warga mengungsi.');
  });

  it('pauses without moving on, and resumes from the last word heard', async () => {
    const { player, text } = setup();
    player.play();
    synth.boundary(16, 7);
    player.pause();
    expect(synth.cancels).toBe(1);
    expect(player.snapshot().state).toBe('paused');
    await flush(); // the engine's late "interrupted" for the cancelled utterance
    expect(player.snapshot()).toMatchObject({ state: 'paused', problem: null });
    expect(synth.spoken).toHaveLength(1);
    expect(text(WORD_HIGHLIGHT)).toBe('Jakarta');

    player.toggle();
    expect(player.snapshot().state).toBe('playing');
    expect(synth.current?.text).toBe('Jakarta Timur sejak pagi.');
    synth.boundary(8, 5);
    expect(text(WORD_HIGHLIGHT)).toBe('Timur');
    synth.end();
    expect(synth.current?.text).toBe('Warga mengungsi.');
  });

  it('skips to the next and previous paragraph, and ignores the cancelled utterance’s end', async () => {
    const { player } = setup();
    player.play();
    const first = synth.current;
    player.next();
    expect(synth.current?.text).toBe('Petugas datang.');
    (first?.onend as (() => void) | null)?.(); // a late end of the cancelled one
    await flush();
    expect(synth.current?.text).toBe('Petugas datang.');
    expect(player.snapshot()).toMatchObject({ state: 'playing', paragraph: 1 });
    player.next();
    player.next(); // already at the last paragraph: stays
    expect(player.snapshot().paragraph).toBe(2);
    player.previous();
    player.previous();
    player.previous();
    expect(player.snapshot().paragraph).toBe(0);
    expect(synth.current?.text).toBe('Banjir merendam Jakarta Timur sejak pagi.');
  });

  it('cues the next paragraph without speaking when not playing', () => {
    const { player, text } = setup();
    player.next();
    expect(synth.spoken).toHaveLength(0);
    expect(player.snapshot()).toMatchObject({ state: 'paused', paragraph: 1 });
    expect(text(SENTENCE_HIGHLIGHT)).toBe('Petugas datang.');
    player.play();
    expect(synth.current?.text).toBe('Petugas datang.');
  });

  it('stops: silence, highlights gone, back to the start, late events ignored', async () => {
    const { player, text } = setup();
    player.startAt(2);
    expect(synth.current?.text).toBe('Hujan reda sore hari.');
    synth.boundary(0, 5);
    const speaking = synth.current;
    player.stop();
    (speaking?.onend as (() => void) | null)?.();
    await flush();
    expect(player.snapshot()).toMatchObject({ state: 'idle', paragraph: 0 });
    expect(text(WORD_HIGHLIGHT)).toBeUndefined();
    expect(synth.spoken).toHaveLength(1);
  });

  it('applies a new rate from the word being read', () => {
    const { player } = setup();
    player.play();
    synth.boundary(7, 8);
    rate = 1.5;
    player.restart();
    expect(synth.current).toMatchObject({ text: 'merendam Jakarta Timur sejak pagi.', rate: 1.5 });
  });

  it('pauses with the reason when the browser refuses to speak without a gesture, and plays again', async () => {
    const { player } = setup();
    player.play();
    synth.fail('not-allowed');
    expect(player.snapshot()).toMatchObject({ state: 'paused', problem: { kind: 'needs-gesture' } });
    player.play();
    expect(player.snapshot()).toMatchObject({ state: 'playing', problem: null });
    synth.fail('synthesis-failed');
    expect(player.snapshot()).toMatchObject({ state: 'paused', problem: { kind: 'failed', error: 'synthesis-failed' } });
  });

  it('pauses quietly when something else cancels the speech (another tab speaking)', () => {
    const { player } = setup();
    player.play();
    synth.boundary(7, 8);
    synth.fail('interrupted');
    expect(player.snapshot()).toMatchObject({ state: 'paused', problem: null });
    player.play();
    expect(synth.current?.text).toBe('merendam Jakarta Timur sejak pagi.');
  });

  it('marks the paragraph being read where the Highlight API is missing, and unmarks it', () => {
    expect((window as { CSS?: { highlights?: unknown } }).CSS?.highlights).toBeUndefined();
    const auto = createHighlighter(window, root);
    expect(auto.painted).toBe(false);
    const { player } = setup('fallback');
    const marked = (): string[] => [...root.querySelectorAll(`[${READING_ATTRIBUTE}]`)].map((el) => el.textContent ?? '');
    player.play();
    synth.boundary(0, 6);
    expect(marked()).toEqual(['Banjir merendam Jakarta Timur sejak pagi. Warga mengungsi.']);
    synth.end();
    synth.end();
    expect(marked()).toEqual(['Petugas datang.']);
    player.stop();
    expect(marked()).toEqual([]);
  });

  it('uses the fallback when the registry refuses our highlight', () => {
    const broken = {
      CSS: {
        highlights: {
          set: () => {
            throw new Error('Permission denied');
          },
        },
      },
      Highlight: class {},
    } as unknown as Window;
    expect(createHighlighter(broken, root).painted).toBe(false);
    expect(createHighlighter(highlightWindow().win, root).painted).toBe(true);
  });
});
