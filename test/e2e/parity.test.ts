/**
 * Parity, in each browser: for every golden fixture, the built content script extracts exactly
 * the text the core extracts in Node (jsdom), from the same HTML at the same URL. A mismatch
 * means the bundle, the browser's parser or a browser-only code path changed the result.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/core/index.ts';
import type { ExtractResponse } from '../../src/shared/messages.ts';
import type { ExtensionApi } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { FIXTURES_DIR } from './harness/fixture-routes.ts';

declare const browser: ExtensionApi;

const driver = useDriver();

const FIXTURES = existsSync(FIXTURES_DIR)
  ? readdirSync(FIXTURES_DIR).filter((name) => existsSync(join(FIXTURES_DIR, name, 'source.html'))).sort()
  : [];

/** The first line where `a` and `b` differ, with its neighbours, for a readable failure. */
function shortDiff(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  const at = left.findIndex((line, i) => line !== right[i]);
  const line = at === -1 ? Math.min(left.length, right.length) : at;
  const show = (lines: string[]): string => lines.slice(Math.max(0, line - 1), line + 2).join('⏎');
  return `line ${line + 1}\n    browser: ${show(left)}\n    node:    ${show(right)}`;
}

function nodeText(html: string, url: string): string | null {
  const { window } = new JSDOM(html, { url });
  try {
    return cleanDocument(window.document, { url })?.text ?? null;
  } finally {
    window.close();
  }
}

describe(`content script ↔ core parity (${driver.name})`, () => {
  beforeAll(async () => {
    // Host access to the fixture server without auto-clean (which would tidy the pages first):
    // granting it switches auto-clean on (the background reads a grant as intent), so it is
    // switched off again; the permission stays.
    await driver.enableAutoClean(driver.origin);
    await driver.disableAutoClean();
  });

  it('has golden fixtures to compare', () => {
    expect(FIXTURES.length).toBeGreaterThan(0);
  });

  it(`extracts the same text in ${driver.name} as in Node for every fixture`, async () => {
    const page = await driver.newPage('/pages/article.html');
    const mismatches: string[] = [];
    try {
      // One tab for every fixture: its id stays the same across navigations.
      const tabId = await page.tabId();
      for (const name of FIXTURES) {
        const url = driver.url(`/fixtures/${name}/`);
        await page.goto(url);
        // The popup's path: inject the extractor, then send it `extract` (src/popup/popup.ts).
        const response = await driver.inExtension(async (id) => {
          const [result] = await browser.scripting.executeScript({ target: { tabId: id }, files: ['/content/extract.js'] });
          if (result?.error) throw new Error(String(result.error));
          return (await browser.tabs.sendMessage(id, { type: 'extract' }, { frameId: 0 })) as ExtractResponse;
        }, tabId);
        const browserText = response.ok ? response.article.text : `(${response.reason})`;
        const html = readFileSync(join(FIXTURES_DIR, name, 'source.html'), 'utf8');
        const expected = nodeText(html, url) ?? '(no-article)';
        if (browserText !== expected) mismatches.push(`${name}: ${shortDiff(browserText, expected)}`);
      }
    } finally {
      await page.close();
    }
    expect(mismatches, `fixtures whose browser text differs from Node's:\n${mismatches.join('\n')}`).toEqual([]);
  });
});
