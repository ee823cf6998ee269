/**
 * Read aloud, in each browser: the popup's Listen opens the reader and starts reading; a
 * recording fake speech engine shows what would be spoken, and the word highlight follows the
 * boundary events. The reader speaks from the content script's isolated world, where a page's
 * own `speechSynthesis` replacement is not seen, so the test build carries a seam the page opts
 * into (src/content/reader/speech/test-seam.ts); the shipped builds must not carry it. Read aloud
 * itself arrives on first use (content/speech.js, injected by the background), so this is also
 * the test of that path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestPage } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { REPO_ROOT } from './harness/fixture-routes.ts';
import { artifactPath, publishScreenshot } from './harness/suite.ts';

const driver = useDriver();

const HOST = 'bersih-reader';
const TITLE = 'Warga Desa Sukamaju Bangun Jembatan Bambu Secara Gotong Royong';
const VOICES = [
  { name: 'Samantha', lang: 'en-US', default: true, localService: true },
  { name: 'Damayanti', lang: 'id-ID', localService: true },
];

interface Logged {
  text?: string;
  lang?: string;
  voice?: string | null;
  rate?: number;
  cancel?: boolean;
}

/** What the fake engine was asked to do, in order. */
async function speechLog(page: TestPage): Promise<Logged[]> {
  const raw = await page.evaluate(() => document.documentElement.getAttribute('data-bersih-fake-speech-log') ?? '');
  return raw ? raw.split('\n').map((line) => JSON.parse(line) as Logged) : [];
}

async function spoken(page: TestPage): Promise<string[]> {
  return (await speechLog(page)).flatMap((entry) => (entry.text === undefined ? [] : [entry.text]));
}

/** Plays the engine from the page: `boundary <index> <length>`, `end`, `error <name>`. */
function engine(page: TestPage, command: string, times = 1): Promise<void> {
  return page.evaluate(
    ({ command, times }) => {
      for (let i = 0; i < times; i++) document.dispatchEvent(new CustomEvent('bersih-fake-speech', { detail: command }));
    },
    { command, times },
  );
}

/** A boundary event on `word` of the utterance being spoken (the last one logged). */
async function sayWord(page: TestPage, word: string): Promise<void> {
  const texts = await spoken(page);
  const index = (texts.at(-1) ?? '').indexOf(word);
  expect(index).toBeGreaterThanOrEqual(0);
  await engine(page, `boundary ${index} ${word.length}`);
}

function playerState(page: TestPage): Promise<string | undefined> {
  return driver.inReader(page, '.speech', function (this: HTMLElement) {
    return this.dataset.state;
  });
}

/**
 * The highlighted word: from the page's highlight registry where the browser has the CSS Custom
 * Highlight API (the registry is the document's, shared by every world), else the paragraph the
 * fallback marks (a browser without the API; the unit tests cover that path).
 */
async function highlighted(page: TestPage): Promise<{ painted: boolean; text: string | undefined }> {
  const painted = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    if (!registry) return null;
    const word = registry.get('bersih-speech-word');
    return { text: word ? [...word].map((range) => range.toString()).join('') : '' };
  });
  if (painted) return { painted: true, text: painted.text };
  const marked = await driver.inReader(page, '[data-bersih-reading]', function (this: HTMLElement) {
    return this.textContent ?? '';
  });
  return { painted: false, text: marked };
}

async function listenFromPopup(page: TestPage): Promise<void> {
  // The page opts into the test build's fake engine, offering these voices.
  await page.evaluate((voices) => {
    document.documentElement.setAttribute('data-bersih-fake-speech', JSON.stringify(voices));
  }, VOICES);
  const popup = await driver.openPopup(page);
  try {
    await popup.waitFor('the Listen button', () => document.querySelector('[data-action="listen"]') !== null);
    await popup.click('[data-action="listen"]');
  } finally {
    await popup.close();
  }
  await page.waitFor('the reader overlay', (tag) => document.querySelector(tag) !== null, HOST);
  await page.waitFor('the first utterance', () => document.documentElement.hasAttribute('data-bersih-fake-speech-log'));
}

describe(`read aloud (${driver.name})`, () => {
  it('Listen in the popup opens the reader reading the article, and the highlight follows the words', async () => {
    const page = await driver.newPage('/pages/article.html');
    try {
      await listenFromPopup(page);
      expect(await speechLog(page)).toEqual([{ text: TITLE, lang: 'id-ID', voice: 'Damayanti', rate: 1 }]);
      expect(await playerState(page)).toBe('playing');

      await sayWord(page, 'Sukamaju');
      // Chromium and Firefox (140 and later) both have the Highlight API: the word is painted.
      expect(await highlighted(page)).toEqual({ painted: true, text: 'Sukamaju' });

      // On to the body: "Paragraf 1." then its next sentence.
      await engine(page, 'end');
      await page.waitFor('the first paragraph', () => (document.documentElement.getAttribute('data-bersih-fake-speech-log') ?? '').includes('Paragraf 1'));
      while (!(await spoken(page)).at(-1)?.includes('bergotong')) await engine(page, 'end');
      await sayWord(page, 'bergotong');
      expect(await highlighted(page)).toEqual({ painted: true, text: 'bergotong' });

      const shot = await artifactPath(`reader-listen-${driver.name}.png`);
      await page.screenshot(shot, { x: 0, y: 0, width: 1000, height: 560 });
      await publishScreenshot(shot, `reader-listen-${driver.name}.png`);

      // Let the engine finish every utterance: the whole article, nothing removed, then idle.
      await engine(page, 'end', 200);
      const texts = await spoken(page);
      const all = texts.join(' ');
      expect(all).toContain('Paragraf 10.');
      expect(all).not.toMatch(/baca juga|harga cabai|petani kopi/i);
      expect(Math.max(...texts.map((text) => text.length))).toBeLessThanOrEqual(160);
      expect(await playerState(page)).toBe('idle');
      expect((await highlighted(page)).text || undefined).toBeUndefined();
    } finally {
      await page.close();
    }
  });

  it('pauses and resumes with its shortcut, and closing the reader stops the speech', async () => {
    const page = await driver.newPage('/pages/article.html');
    try {
      await listenFromPopup(page);
      await engine(page, 'end');
      await sayWord(page, '1');
      await page.press('k');
      await page.waitFor('the pause', () => (document.documentElement.getAttribute('data-bersih-fake-speech-log') ?? '').endsWith('{"cancel":true}'));
      expect(await playerState(page)).toBe('paused');
      await page.press('k');
      expect(await playerState(page)).toBe('playing');
      // Resumed from the last word heard.
      expect((await spoken(page)).at(-1)).toBe('1.');
      const before = (await speechLog(page)).length;
      await page.press('Escape');
      await page.waitFor('the overlay to close', (tag) => document.querySelector(tag) === null, HOST);
      const after = await speechLog(page);
      expect(after.slice(before)).toEqual([{ cancel: true }]);
      // A late event from the engine speaks nothing more.
      await engine(page, 'end');
      expect(await speechLog(page)).toHaveLength(after.length);
    } finally {
      await page.close();
    }
  });

  it('ships without the test seam', () => {
    const bundle = (folder: string): string => readFileSync(join(REPO_ROOT, 'dist', folder, 'content', 'speech.js'), 'utf8');
    for (const shipped of ['chrome', 'firefox']) expect(bundle(shipped)).not.toContain('bersih-fake-speech');
    for (const test of ['test-chrome', 'test-firefox']) expect(bundle(test)).toContain('bersih-fake-speech');
  });
});
