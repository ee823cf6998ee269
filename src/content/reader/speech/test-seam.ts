/**
 * TEST BUILD ONLY (`scripts/build.ts --test` defines `__BERSIH_TEST_SEAM__`; the shipped
 * bundles compile this out, which test/e2e/listen.test.ts checks).
 *
 * The reader runs in the content script's isolated world (an Xray sandbox in Firefox), so a page
 * that replaces `window.speechSynthesis` is not heard there. Instead the e2e page opts in with
 * `<html data-bersih-fake-speech='[{"name":"…","lang":"id-ID"}]'>` (the voices it offers), and
 * this engine then speaks to the page through the DOM:
 *  - each utterance is appended to `data-bersih-fake-speech-log` on `<html>` (JSON lines:
 *    `{text, lang, voice, rate}`, and `{cancel: true}` when one being spoken is cut off);
 *  - the page plays the engine with `bersih-fake-speech` events on `document` whose `detail` is
 *    `boundary <charIndex> <charLength>`, `end` or `error <name>`.
 * Strings only cross the worlds: nothing needs cloning into the sandbox.
 */
import type { SpeechEngine, UtteranceRequest } from './engine.ts';
import type { SpeechVoice } from './voices.ts';

export const FAKE_ATTRIBUTE = 'data-bersih-fake-speech';
export const FAKE_LOG_ATTRIBUTE = 'data-bersih-fake-speech-log';
export const FAKE_EVENT = 'bersih-fake-speech';

function voicesOf(raw: string): SpeechVoice[] {
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.filter((v): v is SpeechVoice => typeof v?.name === 'string' && typeof v?.lang === 'string') : [];
  } catch {
    return [];
  }
}

/** The page-driven engine when `doc`'s page asked for it, else null. */
export function pageDrivenEngine(doc: Document): SpeechEngine | null {
  const html = doc.documentElement;
  const raw = html.getAttribute(FAKE_ATTRIBUTE);
  if (raw === null) return null;
  let current: UtteranceRequest | null = null;
  const log = (line: string): void => {
    const before = html.getAttribute(FAKE_LOG_ATTRIBUTE);
    html.setAttribute(FAKE_LOG_ATTRIBUTE, before ? `${before}\n${line}` : line);
  };
  doc.addEventListener(FAKE_EVENT, (event) => {
    const detail = String((event as CustomEvent<unknown>).detail ?? '');
    const [command, a, b] = detail.split(' ');
    const request = current;
    if (!request) return;
    if (command === 'boundary') request.onBoundary(Number(a), b === undefined ? undefined : Number(b));
    if (command === 'end') {
      current = null;
      request.onEnd();
    }
    if (command === 'error') {
      current = null;
      request.onError(a ?? 'synthesis-failed');
    }
  });
  return {
    getVoices: () => voicesOf(html.getAttribute(FAKE_ATTRIBUTE) ?? '[]'),
    onVoicesChanged: () => () => {},
    speak(request) {
      current = request;
      log(JSON.stringify({ text: request.text, lang: request.lang, voice: request.voice?.name ?? null, rate: request.rate }));
    },
    cancel() {
      if (current) log(JSON.stringify({ cancel: true }));
      current = null;
    },
  };
}
