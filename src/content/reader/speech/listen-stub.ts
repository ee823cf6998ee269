/**
 * What the reader carries of read aloud until it is wanted: a Listen button (and its K key) that
 * loads `content/speech.js` on first use, then gives its place in the toolbar to the full
 * controls and starts reading. Already loaded (a second reader on the page), it mounts at once.
 */
import { t } from '../../../shared/i18n.ts';
import { loadedSpeech, loadSpeech, type MountSpeech } from './loader.ts';
import type { SpeechMount, SpeechMountOptions } from './mount.ts';

/** The reader's read aloud: the stub, and the real controls once loaded. */
export interface ListenControl {
  /** For the toolbar (the stub, replaced in place by the controls). */
  element: HTMLElement;
  /** Starts reading, loading read aloud first when needed (the popup's Listen). */
  listen(): void;
  /** Stops speech and removes every listener. */
  destroy(): void;
}

/** Builds the Listen control for the reader; `load` is replaceable in tests. */
export function mountListen(options: SpeechMountOptions, load: () => Promise<MountSpeech> = loadSpeech): ListenControl {
  const ready = loadedSpeech();
  if (ready) return ready(options);

  const { doc, root } = options;
  const element = doc.createElement('div');
  element.className = 'group speech';
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', t('speechGroup'));
  const play = doc.createElement('button');
  play.type = 'button';
  play.className = 'speech-play';
  play.textContent = `▶\uFE0E ${t('speechListen')}`;
  play.setAttribute('aria-label', t('speechListen'));
  play.setAttribute('aria-keyshortcuts', 'K');
  play.title = t('speechShortcut', [t('speechListen'), 'K']);
  const status = doc.createElement('p');
  status.className = 'speech-status';
  status.setAttribute('role', 'status');
  element.append(play, status);

  let mounted: SpeechMount | null = null;
  let loading = false;
  let destroyed = false;
  const start = (): void => {
    if (mounted) return mounted.listen();
    if (loading) return;
    loading = true;
    play.setAttribute('aria-busy', 'true');
    load().then(
      (mount) => {
        if (destroyed) return;
        const hadFocus = root.activeElement === play;
        mounted = mount(options);
        root.removeEventListener('keydown', onKey);
        element.replaceWith(mounted.element);
        if (hadFocus) mounted.element.querySelector<HTMLElement>('.speech-play')?.focus();
        mounted.listen();
      },
      (error: unknown) => {
        loading = false;
        play.removeAttribute('aria-busy');
        status.textContent = t('speechFailed', error instanceof Error ? error.message : String(error));
      },
    );
  };
  const onKey = (event: Event): void => {
    const key = event as KeyboardEvent;
    if (key.key.toLowerCase() !== 'k' || key.ctrlKey || key.altKey || key.metaKey) return;
    key.preventDefault();
    start();
  };
  play.addEventListener('click', start);
  root.addEventListener('keydown', onKey);

  return {
    element,
    listen: start,
    destroy() {
      destroyed = true;
      root.removeEventListener('keydown', onKey);
      mounted?.destroy();
    },
  };
}
