import { afterEach, describe, expect, it, vi } from 'vitest';
import { fontData, toBase64 } from '../../src/background/font-data.ts';
import { base64ToBuffer } from '../../src/content/reader/typography.ts';
import { browser } from '../shared/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

describe('font data for the reader', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('round-trips bytes through base64, past the chunk size', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    expect(new Uint8Array(base64ToBuffer(toBase64(bytes)))).toEqual(bytes);
    expect(toBase64(new Uint8Array())).toBe('');
  });

  it('reads the packaged file of a weight we ship, and refuses any other', async () => {
    // The fake has no getURL; the real one resolves a packaged path.
    (browser.runtime as unknown as { getURL: (path: string) => string }).getURL = (path) => `chrome-extension://bersih/${path}`;
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
    });
    await expect(fontData(700)).resolves.toEqual({ base64: 'd09GMg==' });
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toBe('chrome-extension://bersih/fonts/opendyslexic-700.woff2');
    await expect(fontData(500)).rejects.toThrow(/no bundled font of weight 500/);
    await expect(fontData('../secret')).rejects.toThrow(/no bundled font/);
    expect(fetched).toHaveLength(1);
  });
});
