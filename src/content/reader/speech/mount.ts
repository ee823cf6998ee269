/**
 * Read aloud in the reader view: builds the controls for the toolbar and wires them, the keyboard
 * shortcuts, click-to-start and the page's `pagehide` to one player. The plan is made on the
 * first use, so opening the reader costs nothing more when nobody listens. Its styles
 * (./speech-css.ts) go in the reader's sheet.
 *
 *   Listen ─► plan (./plan.ts) ─► player (./player.ts) ─► engine (./engine.ts) ─► boundary
 *          ─► highlighter (./highlight.ts)
 */
import { messagesLocale } from '../../../shared/i18n.ts';
import { buildSpeechControls, SHORTCUTS, type SpeechNotice } from './controls.ts';
import { nativeEngine, type SpeechEngine } from './engine.ts';
import { createHighlighter } from './highlight.ts';
import { paragraphAt, planSpeech, type SpeechPlan } from './plan.ts';
import { createPlayer, type Player, type PlayerSnapshot } from './player.ts';
import { DEFAULT_RATE, loadSpeechPrefs, saveSpeechPrefs, type SpeechPrefs } from './speech-prefs.ts';
import { pageDrivenEngine } from './test-seam.ts';
import { chooseVoice, primaryLang, voicesFor, type SpeechVoice } from './voices.ts';

/** Replaced by `scripts/build.ts`: true only in the e2e test build. */
declare const __BERSIH_TEST_SEAM__: boolean | undefined;

export interface SpeechMountOptions {
  doc: Document;
  root: ShadowRoot;
  /** The scrolling dialog, kept on the spoken word. */
  scroller: HTMLElement;
  /** What is read, in order (the title, then the body). */
  readable: HTMLElement[];
  /** The article's language (`CleanResult.lang`). */
  lang: string | null;
  /** What covers the top of the scroller; by default the toolbar holding the controls, while sticky. */
  topInset?: () => number;
  /** Tests: an engine (null: none), and the highlight fallback. */
  engine?: SpeechEngine | null;
  highlight?: 'fallback';
}

export interface SpeechMount {
  /** The controls, for the toolbar. */
  element: HTMLElement;
  /** Starts reading (the popup's Listen). */
  listen(): void;
  /** The player, created on first use (tests). */
  player(): Player | null;
  /** Stops speech and removes the listeners. */
  destroy(): void;
}

function defaultEngine(doc: Document): SpeechEngine | null {
  const seam = typeof __BERSIH_TEST_SEAM__ !== 'undefined' && __BERSIH_TEST_SEAM__ ? pageDrivenEngine(doc) : null;
  return seam ?? (doc.defaultView ? nativeEngine(doc.defaultView) : null);
}

/** The name of `lang` in the UI language ("Indonesian", "bahasa Indonesia"). */
function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([messagesLocale()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Mounts read aloud for the reader's article; see the module comment. */
export function mountSpeech(options: SpeechMountOptions): SpeechMount {
  const { doc, root } = options;
  const engine = options.engine === undefined ? defaultEngine(doc) : options.engine;
  const lang = primaryLang(options.lang) || primaryLang(doc.documentElement.lang) || 'en';
  let prefs: SpeechPrefs = { rate: DEFAULT_RATE };
  let voices: SpeechVoice[] = [];
  let voice: SpeechVoice | null = null;
  let player: Player | null = null;
  let plan: SpeechPlan | null = null;
  const planOf = (): SpeechPlan => (plan ??= planSpeech(options.readable, lang));

  // The toolbar the controls sit in covers the top of the article while it is sticky.
  const toolbarInset = (): number => {
    const bar = controls.element.parentElement;
    const view = doc.defaultView;
    return bar && view?.getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().height : 0;
  };

  const ensurePlayer = (): Player | null => {
    if (player || !engine) return player;
    player = createPlayer({
      engine,
      plan: planOf(),
      highlighter: createHighlighter(doc.defaultView ?? window, options.scroller, options.topInset ?? toolbarInset, options.highlight),
      // The utterance's language: the voice's own when it reads another language (a fallback).
      lang: lang === 'id' ? 'id-ID' : lang,
      voice: () => voice,
      rate: () => prefs.rate,
      onChange: render,
    });
    return player;
  };

  const notice = (state: PlayerSnapshot): SpeechNotice => {
    if (!engine) return { kind: 'unavailable' };
    if (state.problem) return state.problem;
    if (voices.length === 0) return player ? { kind: 'no-voices' } : { kind: 'none' };
    const choice = chooseVoice(voices, lang, prefs.voice);
    return choice.voice ? { kind: 'none' } : { kind: 'no-voice', language: languageName(lang), fallback: choice.fallback };
  };

  const snapshot = (): PlayerSnapshot => player?.snapshot() ?? { state: 'idle', paragraph: 0, paragraphs: 1, problem: null };

  function render(state: PlayerSnapshot = snapshot()): void {
    controls.render(state);
    controls.notify(notice(state));
  }

  const refreshVoices = (): void => {
    voices = engine?.getVoices() ?? [];
    voice = chooseVoice(voices, lang, prefs.voice).voice;
    controls.setVoices(voices, voicesFor(voices, lang), prefs.voice ?? '', prefs.rate);
    render();
  };

  const remember = (next: SpeechPrefs): void => {
    prefs = next;
    refreshVoices();
    player?.restart();
    saveSpeechPrefs(lang, next).catch(() => {
      // Not saved (storage gone after an update): the choice still holds on this page.
    });
  };

  const controls = buildSpeechControls(doc, {
    toggle: () => ensurePlayer()?.toggle(),
    stop: () => player?.stop(),
    previous: () => ensurePlayer()?.previous(),
    next: () => ensurePlayer()?.next(),
    pickVoice: (name) => remember(name ? { ...prefs, voice: name } : { rate: prefs.rate }),
    pickRate: (rate) => remember({ ...prefs, rate }),
    useFallback: () => {
      const fallback = chooseVoice(voices, lang, prefs.voice).fallback;
      if (fallback) remember({ ...prefs, voice: fallback.name });
      ensurePlayer()?.play();
    },
  });

  const onKey = (event: Event): void => {
    const key = event as KeyboardEvent;
    if (key.ctrlKey || key.altKey || key.metaKey || key.defaultPrevented) return;
    const target = key.composedPath()[0];
    if (target && (target as Element).tagName === 'SELECT') return;
    const actions: Record<string, (() => void) | undefined> = {
      [SHORTCUTS.toggle]: () => ensurePlayer()?.toggle(),
      [SHORTCUTS.stop]: () => player?.stop(),
      [SHORTCUTS.previous]: () => ensurePlayer()?.previous(),
      [SHORTCUTS.next]: () => ensurePlayer()?.next(),
      MediaPlayPause: () => ensurePlayer()?.toggle(),
    };
    const action = actions[key.key.length === 1 ? key.key.toLowerCase() : key.key];
    if (!action) return;
    key.preventDefault();
    action();
  };
  // Click a paragraph to read from there, once listening has started (a click alone must not
  // start speaking); links keep their own click.
  const onClick = (event: Event): void => {
    const target = event.target as Element | null;
    if (!player || player.snapshot().state === 'idle' || !target || target.closest('a, button, select')) return;
    const index = paragraphAt(planOf(), target);
    if (index >= 0) player.startAt(index);
  };
  const stop = (): void => player?.stop();
  const win = doc.defaultView;

  root.addEventListener('keydown', onKey);
  for (const el of options.readable) el.addEventListener('click', onClick);
  win?.addEventListener('pagehide', stop);
  const unsubscribe = engine?.onVoicesChanged(refreshVoices) ?? (() => {});
  refreshVoices();
  loadSpeechPrefs(lang).then(
    (loaded) => {
      // A choice made meanwhile wins over the stored one.
      if (prefs.voice !== undefined || prefs.rate !== DEFAULT_RATE) return;
      prefs = loaded;
      refreshVoices();
      // Already reading (the popup's Listen starts at once): on with the remembered voice and speed.
      if (loaded.voice !== undefined || loaded.rate !== DEFAULT_RATE) player?.restart();
    },
    () => {},
  );

  return {
    element: controls.element,
    listen: () => ensurePlayer()?.play(),
    player: () => player,
    destroy() {
      stop();
      root.removeEventListener('keydown', onKey);
      for (const el of options.readable) el.removeEventListener('click', onClick);
      win?.removeEventListener('pagehide', stop);
      unsubscribe();
    },
  };
}
