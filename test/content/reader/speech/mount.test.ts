// @vitest-environment jsdom
/**
 * Read aloud as the reader view mounts it, over the page pipeline (extract, clean, reader):
 * the popup's Listen, the toolbar controls and their states, the shortcuts, the "no voice"
 * message with its fallback, prefs remembered per language, and speech stopping on close and on
 * pagehide. The page's speechSynthesis is the recording fake.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// What content/reader.js does once the background has injected it.
import '../../../../src/content/reader.ts';
import { openReader } from '../../../../src/content/reader/open-reader.ts';
import { currentReader } from '../../../../src/content/reader/show-reader.ts';
import { provideSpeech } from '../../../../src/content/reader/speech/loader.ts';
import { mountSpeech } from '../../../../src/content/reader/speech/mount.ts';
import { MAX_CHUNK_CHARS } from '../../../../src/content/reader/speech/sentences.ts';
import { SPEECH_PREFS_KEY } from '../../../../src/content/reader/speech/speech-prefs.ts';
import { t } from '../../../../src/shared/i18n.ts';
import { ARTICLE_URL, loadArticle, PARAGRAPHS } from '../../article-fixture.ts';
import { fake } from '../../fake-browser.ts';
import { createFakeSynth, installFakeSpeech, VOICES, type FakeSynth } from './fake-speech.ts';

vi.mock('../../../../src/shared/browser.ts', async () => ({ browser: (await import('../../fake-browser.ts')).fake.browser }));

let synth: FakeSynth;
let uninstall = (): void => {};

function reader(): ShadowRoot {
  const view = currentReader();
  if (!view) throw new Error('reader not open');
  return view.root;
}

function control(label: string): HTMLElement {
  const found = [...reader().querySelectorAll<HTMLElement>('.speech button, .speech select')].find(
    (el) => el.getAttribute('aria-label') === label || el.textContent === label,
  );
  if (!found) throw new Error(`no control ${label}`);
  return found;
}

const state = (): string | undefined => reader().querySelector<HTMLElement>('.speech')?.dataset.state;
const status = (): string => reader().querySelector('.speech-status')?.textContent ?? '';

function press(key: string): void {
  const dialog = reader().querySelector('.dialog');
  dialog?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** Whether the utterance being spoken is the first chunk of `paragraph` (long ones are cut). */
function speakingStartOf(paragraph: string | undefined): boolean {
  const text = synth.current?.text;
  return Boolean(text && paragraph?.startsWith(text));
}

/** Lets the engine speak every utterance to the end; returns everything spoken so far. */
function speakToTheEnd(): string[] {
  for (let guard = 0; synth.current && guard < 200; guard++) synth.speakAll();
  return synth.spoken.map((u) => u.text);
}

beforeEach(() => {
  fake.reset();
  window.history.replaceState(null, '', ARTICLE_URL.replace('https://news.contoh.co.id', ''));
  loadArticle();
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  synth = createFakeSynth([VOICES.samantha, VOICES.damayanti, VOICES.google]);
  uninstall = installFakeSpeech(window, synth);
  // What content/speech.js does once the background has injected it.
  provideSpeech(mountSpeech);
});
afterEach(() => {
  currentReader()?.close();
  uninstall();
  delete window.__bersihSpeech;
  vi.restoreAllMocks();
});

describe('loading read aloud on first use', () => {
  it('the reader carries only a Listen button until pressed, then loads the script and reads', async () => {
    delete window.__bersihSpeech;
    const sendMessage = vi.spyOn(fake.browser.runtime, 'sendMessage').mockImplementation(async (message) => {
      // The background injects content/speech.js, which provides the mount function.
      if ((message as { type?: string }).type === 'loadSpeech') provideSpeech(mountSpeech);
      return { ok: true } as never;
    });
    await openReader(document);
    expect(reader().querySelectorAll('.speech button')).toHaveLength(1);
    expect(sendMessage).not.toHaveBeenCalled();
    const stub = reader().querySelector<HTMLButtonElement>('.speech-play');
    stub?.focus();
    stub?.click();
    await vi.waitFor(() => expect(state()).toBe('playing'));
    expect(sendMessage).toHaveBeenCalledWith({ type: 'loadSpeech' });
    expect(synth.current?.text).toBe('Banjir Rendam Sejumlah Wilayah Jakarta');
    expect(reader().querySelectorAll('.speech')).toHaveLength(1);
    expect(reader().activeElement).toBe(reader().querySelector('.speech-play'));
    expect(reader().activeElement).not.toBe(stub);
  });

  it('the popup’s Listen loads it too, and a failure to load is said in the toolbar', async () => {
    delete window.__bersihSpeech;
    const failed = { ok: false, error: 'Cannot access contents of the page' };
    vi.spyOn(fake.browser.runtime, 'sendMessage').mockResolvedValue(failed as never);
    await openReader(document, { listen: true });
    await vi.waitFor(() => expect(status()).toBe(t('speechFailed', 'Cannot access contents of the page')));
    expect(synth.spoken).toHaveLength(0);
  });
});

describe('read aloud in the reader view', () => {
  it('Listen opens the reader reading: title then body, in the Indonesian voice, no removed insert read', async () => {
    expect(await openReader(document, { listen: true })).toEqual({ opened: true });
    expect(state()).toBe('playing');
    expect(synth.current).toMatchObject({ lang: 'id-ID', voice: { name: 'Damayanti' } });
    const spoken = speakToTheEnd();
    expect(spoken[0]).toBe('Banjir Rendam Sejumlah Wilayah Jakarta');
    const all = spoken.join(' ');
    for (const paragraph of PARAGRAPHS) expect(all).toContain(paragraph.split(',')[0]);
    // The page had a "Baca Juga" insert between the paragraphs; the core removed it.
    expect(document.body.textContent).toContain('Prakiraan Cuaca');
    expect(all).not.toMatch(/baca juga|prakiraan cuaca/i);
    expect(Math.max(...spoken.map((s) => s.length))).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    expect(state()).toBe('idle');
  });

  it('controls show their state, are labelled with their shortcut, and the keys work', async () => {
    await openReader(document);
    const play = reader().querySelector<HTMLElement>('.speech-play');
    expect(play?.getAttribute('aria-label')).toBe(t('speechListen'));
    expect(play?.getAttribute('aria-keyshortcuts')).toBe('K');
    expect(control(t('speechStop')).getAttribute('aria-disabled')).toBe('true');
    expect(control(t('speechStop')).title).toBe(t('speechShortcut', [t('speechStop'), 'S']));
    expect(synth.spoken).toHaveLength(0);

    press('k');
    expect(state()).toBe('playing');
    expect(play?.getAttribute('aria-label')).toBe(t('speechPause'));
    expect(control(t('speechStop')).getAttribute('aria-disabled')).toBe('false');
    press('l');
    expect(speakingStartOf(PARAGRAPHS[0])).toBe(true);
    press('j');
    expect(synth.current?.text).toBe('Banjir Rendam Sejumlah Wilayah Jakarta');
    press('K');
    expect(state()).toBe('paused');
    expect(play?.getAttribute('aria-label')).toBe(t('speechResume'));
    press('s');
    expect(state()).toBe('idle');
    // A shortcut with Ctrl is the browser's, not ours.
    reader().querySelector('.dialog')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, composed: true }));
    expect(state()).toBe('idle');
    control(t('speechListen')).click();
    expect(state()).toBe('playing');
  });

  it('clicking a paragraph while listening reads from there', async () => {
    await openReader(document, { listen: true });
    const third = [...reader().querySelectorAll('.body p')].find((p) => p.textContent === PARAGRAPHS[2]);
    third?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(speakingStartOf(PARAGRAPHS[2])).toBe(true);
  });

  it('stops speaking when the reader closes and when the page is left', async () => {
    await openReader(document, { listen: true });
    const before = synth.cancels;
    window.dispatchEvent(new Event('pagehide'));
    expect(synth.cancels).toBe(before + 1);
    expect(state()).toBe('idle');
    press('k');
    expect(synth.current).not.toBeNull();
    currentReader()?.close();
    expect(synth.current).toBeNull();
    expect(synth.cancels).toBe(before + 2);
  });

  it('says so when no voice fits the language and offers one, then remembers it for the language', async () => {
    synth.setVoices([VOICES.daniel, VOICES.samantha]);
    await openReader(document);
    expect(status()).toBe(`${t('speechNoVoice', 'Indonesian')} ${t('speechUseFallback', 'Samantha')}`);
    reader().querySelector<HTMLButtonElement>('.speech-fallback')?.click();
    expect(state()).toBe('playing');
    expect(synth.current?.voice).toMatchObject({ name: 'Samantha' });
    expect(status()).toBe('');
    await vi.waitFor(() => expect(fake.store[SPEECH_PREFS_KEY]).toEqual({ id: { voice: 'Samantha', rate: 1 } }));
  });

  it('remembers the voice and speed per language and uses them next time', async () => {
    await openReader(document);
    const voice = control(t('speechVoice')) as HTMLSelectElement;
    expect(voice.value).toBe('');
    expect([...voice.options].map((o) => o.textContent)).toEqual([
      t('speechBestVoice', 'Damayanti'),
      'Damayanti (id-ID)',
      'Google Bahasa Indonesia (id-ID)',
      'Samantha (en-US)',
    ]);
    voice.value = 'Google Bahasa Indonesia';
    voice.dispatchEvent(new Event('change'));
    const rate = control(t('speechRate')) as HTMLSelectElement;
    rate.value = '1.5';
    rate.dispatchEvent(new Event('change'));
    await vi.waitFor(() =>
      expect(fake.store[SPEECH_PREFS_KEY]).toEqual({ id: { voice: 'Google Bahasa Indonesia', rate: 1.5 } }),
    );
    currentReader()?.close();

    fake.store[SPEECH_PREFS_KEY] = { ...(fake.store[SPEECH_PREFS_KEY] as object), en: { rate: 2 } };
    await openReader(document);
    await vi.waitFor(() => expect((control(t('speechRate')) as HTMLSelectElement).value).toBe('1.5'));
    expect((control(t('speechVoice')) as HTMLSelectElement).value).toBe('Google Bahasa Indonesia');
    press('k');
    expect(synth.current).toMatchObject({ rate: 1.5, voice: { name: 'Google Bahasa Indonesia' } });
  });

  it('the popup’s Listen reads with the remembered voice and speed', async () => {
    fake.store[SPEECH_PREFS_KEY] = { id: { voice: 'Google Bahasa Indonesia', rate: 1.25 } };
    await openReader(document, { listen: true });
    await vi.waitFor(() => expect(synth.current).toMatchObject({ rate: 1.25, voice: { name: 'Google Bahasa Indonesia' } }));
    expect(synth.current?.text).toBe('Banjir Rendam Sejumlah Wilayah Jakarta');
  });

  it('asks for a press of Listen when the browser refuses to speak without a click on the page', async () => {
    await openReader(document, { listen: true });
    synth.boundary(7, 6);
    synth.fail('not-allowed');
    expect(state()).toBe('paused');
    expect(status()).toBe(t('speechNeedsGesture'));
    control(t('speechResume')).click();
    expect(state()).toBe('playing');
    expect(status()).toBe('');
    expect(synth.current?.text).toBe('Rendam Sejumlah Wilayah Jakarta');
  });

  it('tells the reader when the browser has no speech at all', async () => {
    uninstall();
    await openReader(document);
    expect(status()).toBe(t('speechUnavailable'));
    press('k');
    expect(state()).toBe('idle');
  });
});
