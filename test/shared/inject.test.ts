/**
 * The one injection helper: root-absolute paths, and a failure reported in a result's `error`
 * field (Firefox's way) becomes a rejection with a clear message, as Chromium's rejection is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, fake } from './fake-browser.ts';
import { EXTRACT_FILE, EXTRACT_NOW_FILE, injectAndExtract, injectExtractor, injectFile } from '../../src/shared/inject.ts';

vi.mock('../../src/shared/browser.ts', () => import('./fake-browser.ts'));

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('injectFile', () => {
  beforeEach(() => fake.reset());

  it('injects the extractor by its extension-root path into the top frame', async () => {
    expect(EXTRACT_FILE).toBe('/content/extract.js');
    await expect(injectExtractor(12)).resolves.toBeUndefined();
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 12 }, files: ['/content/extract.js'] });
  });

  it('injects the extractor with the line that asks it for the article, and returns the answer', async () => {
    const answer = { ok: false, reason: 'no-article' };
    browser.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, result: answer }] as never);
    await expect(injectAndExtract(12)).resolves.toEqual(answer);
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 12 }, files: [EXTRACT_FILE, EXTRACT_NOW_FILE] });
    // No answer (a browser that does not wait for the script's promise): undefined, to ask by message.
    for (const result of [undefined, null, {}, 'ok']) {
      browser.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, result }] as never);
      await expect(injectAndExtract(12)).resolves.toBeUndefined();
    }
  });

  it('names the extractor when the injection with the asking line fails', async () => {
    browser.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, error: { message: 'denied' } }] as never);
    await expect(injectAndExtract(3)).rejects.toThrow('Could not run /content/extract.js in the page: denied');
  });

  it('refuses a relative path, which Firefox would resolve against the calling page', async () => {
    await expect(injectFile(1, 'content/extract.js')).rejects.toThrow('must start with "/": content/extract.js');
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('turns an error reported in a result into a rejection naming the file and the reason', async () => {
    browser.scripting.executeScript.mockResolvedValueOnce([
      { frameId: 0, error: new Error('Unable to load script: moz-extension://x/popup/content/extract.js') },
    ] as never);
    await expect(injectExtractor(3)).rejects.toThrow(
      'Could not run /content/extract.js in the page: Unable to load script: moz-extension://x/popup/content/extract.js',
    );
  });

  it('reads an error given as a plain object or a primitive too', async () => {
    browser.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, error: { message: 'denied' } }] as never);
    await expect(injectExtractor(3)).rejects.toThrow('Could not run /content/extract.js in the page: denied');
    browser.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, error: 'boom' }] as never);
    await expect(injectExtractor(3)).rejects.toThrow('Could not run /content/extract.js in the page: boom');
  });

  it('rejects when no frame ran the script', async () => {
    browser.scripting.executeScript.mockResolvedValueOnce([] as never);
    await expect(injectExtractor(3)).rejects.toThrow('Could not run /content/extract.js in the page: no frame ran it');
  });

  it('passes a browser rejection through with its own words', async () => {
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    await expect(injectExtractor(3)).rejects.toThrow(/^Cannot access contents of the page\.$/);
  });

  it('is the only module in src/ that calls executeScript', () => {
    const callers = sources(SRC)
      .filter((path) => /\.executeScript\s*\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SRC, path));
    expect(callers).toEqual(['shared/inject.ts']);
  });
});
