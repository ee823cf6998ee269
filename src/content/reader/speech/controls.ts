/**
 * The read-aloud controls in the reader toolbar: Listen/Pause/Resume, previous paragraph, stop,
 * next paragraph, voice, speed, and a status line for "no voice for this language" (with the
 * fallback offered as a button) and for errors. Real buttons and selects, each labelled and
 * naming its shortcut (`aria-keyshortcuts`, and in the tooltip).
 */
import { t } from '../../../shared/i18n.ts';
import { RATES } from './speech-prefs.ts';
import type { PlayerSnapshot } from './player.ts';
import type { SpeechVoice } from './voices.ts';

/** Keys of the shortcuts (single letters, as the overlay keeps keys from the page). */
export const SHORTCUTS = { toggle: 'k', previous: 'j', stop: 's', next: 'l' } as const;

export interface ControlHandlers {
  toggle(): void;
  stop(): void;
  previous(): void;
  next(): void;
  /** '' is "the best voice for the language". */
  pickVoice(name: string): void;
  pickRate(rate: number): void;
  useFallback(): void;
}

/** What the status line says. */
export type SpeechNotice =
  | { kind: 'none' }
  | { kind: 'no-voice'; language: string; fallback: SpeechVoice | null }
  | { kind: 'no-voices' }
  | { kind: 'unavailable' }
  | { kind: 'needs-gesture' }
  | { kind: 'failed'; error: string };

export interface SpeechControls {
  element: HTMLElement;
  /** Reflects the player's state. */
  render(snapshot: PlayerSnapshot): void;
  /** Fills the voice list: the article language's voices first. */
  setVoices(voices: readonly SpeechVoice[], forLang: readonly SpeechVoice[], selected: string, rate: number): void;
  notify(notice: SpeechNotice): void;
}

function control<K extends 'button' | 'select'>(doc: Document, tag: K, label: string, key?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.setAttribute('aria-label', label);
  el.title = key ? t('speechShortcut', [label, key.toUpperCase()]) : label;
  if (key) el.setAttribute('aria-keyshortcuts', key.toUpperCase());
  if (tag === 'button') el.setAttribute('type', 'button');
  return el;
}

function option(doc: Document, value: string, text: string): HTMLOptionElement {
  const el = doc.createElement('option');
  el.value = value;
  el.textContent = text;
  return el;
}

/** Builds the controls; `handlers` are called on clicks and choices (shortcuts are wired by the caller). */
export function buildSpeechControls(doc: Document, handlers: ControlHandlers): SpeechControls {
  const play = control(doc, 'button', t('speechListen'), SHORTCUTS.toggle);
  play.className = 'speech-play';
  const previous = control(doc, 'button', t('speechPrevious'), SHORTCUTS.previous);
  previous.textContent = '«';
  const stop = control(doc, 'button', t('speechStop'), SHORTCUTS.stop);
  stop.textContent = '■';
  const next = control(doc, 'button', t('speechNext'), SHORTCUTS.next);
  next.textContent = '»';
  const voice = control(doc, 'select', t('speechVoice'));
  const rate = control(doc, 'select', t('speechRate'));
  for (const value of RATES) rate.append(option(doc, String(value), `${value.toLocaleString()}×`));
  const status = doc.createElement('p');
  status.className = 'speech-status';
  status.setAttribute('role', 'status');

  play.addEventListener('click', handlers.toggle);
  previous.addEventListener('click', handlers.previous);
  stop.addEventListener('click', handlers.stop);
  next.addEventListener('click', handlers.next);
  voice.addEventListener('change', () => handlers.pickVoice(voice.value));
  rate.addEventListener('change', () => handlers.pickRate(Number(rate.value)));

  const element = doc.createElement('div');
  element.className = 'group speech';
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', t('speechGroup'));
  element.append(play, previous, stop, next, voice, rate, status);

  const render = (snapshot: PlayerSnapshot): void => {
    element.dataset.state = snapshot.state;
    const label = t(snapshot.state === 'playing' ? 'speechPause' : snapshot.state === 'paused' ? 'speechResume' : 'speechListen');
    play.setAttribute('aria-label', label);
    play.title = t('speechShortcut', [label, SHORTCUTS.toggle.toUpperCase()]);
    play.textContent = `${snapshot.state === 'playing' ? '❚❚' : '▶\uFE0E'} ${label}`;
    const empty = snapshot.paragraphs === 0;
    // aria-disabled, not disabled: a disabled button drops focus out of the dialog.
    play.setAttribute('aria-disabled', String(empty));
    stop.setAttribute('aria-disabled', String(snapshot.state === 'idle'));
    previous.setAttribute('aria-disabled', String(empty || snapshot.paragraph === 0));
    next.setAttribute('aria-disabled', String(empty || snapshot.paragraph >= snapshot.paragraphs - 1));
  };

  const setVoices: SpeechControls['setVoices'] = (voices, forLang, selected, speed) => {
    const first = option(doc, '', forLang[0] ? t('speechBestVoice', forLang[0].name) : t('speechDefaultVoice'));
    const rest = voices.filter((v) => !forLang.includes(v));
    voice.replaceChildren(first, ...[...forLang, ...rest].map((v) => option(doc, v.name, `${v.name} (${v.lang})`)));
    voice.value = voices.some((v) => v.name === selected) ? selected : '';
    rate.value = String(speed);
  };

  const notify = (notice: SpeechNotice): void => {
    status.replaceChildren();
    status.dataset.notice = notice.kind;
    switch (notice.kind) {
      case 'none':
        return;
      case 'no-voice': {
        status.append(t('speechNoVoice', notice.language), ' ');
        if (notice.fallback) {
          const use = control(doc, 'button', t('speechUseFallback', notice.fallback.name));
          use.textContent = t('speechUseFallback', notice.fallback.name);
          use.className = 'speech-fallback';
          use.addEventListener('click', handlers.useFallback);
          status.append(use);
        }
        return;
      }
      case 'no-voices':
        return void status.append(t('speechNoVoices'));
      case 'unavailable':
        return void status.append(t('speechUnavailable'));
      case 'needs-gesture':
        return void status.append(t('speechNeedsGesture'));
      case 'failed':
        return void status.append(t('speechFailed', notice.error));
    }
  };

  return { element, render, setVoices, notify };
}
