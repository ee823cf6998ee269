import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../src/popup/page-access.ts';

describe('classifyUrl', () => {
  it.each([
    ['https://news.detik.com/berita/d-123/judul', 'https://news.detik.com'],
    ['http://127.0.0.1:8123/article.html', 'http://127.0.0.1:8123'],
    ['https://example.com/report.pdf.html', 'https://example.com'],
  ])('allows %s', (url, origin) => {
    expect(classifyUrl(url, false)).toEqual({ kind: 'ok', origin });
  });

  it.each([
    ['chrome://settings/', 'browser-page'],
    ['edge://extensions/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:newtab', 'browser-page'],
    ['view-source:https://www.detik.com/', 'browser-page'],
    ['data:text/html,<p>hi</p>', 'browser-page'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup/popup.html', 'extension-page'],
    ['moz-extension://0b6a3e0c-1111-2222-3333-444455556666/options/options.html', 'extension-page'],
    ['https://chromewebstore.google.com/detail/bersih/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/id/firefox/addon/bersih/', 'store'],
    ['https://example.com/files/annual-report.PDF', 'pdf'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['', 'no-url'],
    [undefined, 'no-url'],
    ['not a url', 'no-url'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(classifyUrl(url, true)).toEqual({ kind: 'forbidden', reason });
  });

  it('does not mistake other Google pages for the store', () => {
    expect(classifyUrl('https://chrome.google.com/intl/id/chrome/', false).kind).toBe('ok');
  });

  it('allows file pages only with "Allow access to file URLs"', () => {
    expect(classifyUrl('file:///home/me/article.html', false)).toEqual({ kind: 'file-access' });
    expect(classifyUrl('file:///home/me/article.html', true)).toEqual({ kind: 'ok', origin: null });
    expect(classifyUrl('file:///home/me/article.pdf', true)).toEqual({ kind: 'forbidden', reason: 'pdf' });
  });
});
