// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TidyStatus } from '../../src/shared/messages.ts';
import { ARTICLE_URL, loadArticle } from './article-fixture.ts';
import { fake } from './fake-browser.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./fake-browser.ts')).fake.browser }));

/** Runs the auto-clean script as a page load would. */
async function load(mode: 'tidy' | 'reader'): Promise<void> {
  fake.reset({ settings: { schemaVersion: 1, mode } });
  vi.resetModules();
  await import('../../src/content/autoclean.ts');
}

describe('autoclean.ts (auto-clean content script)', () => {
  let original: string;

  beforeEach(() => {
    delete window.__bersihAutoclean;
    window.history.replaceState(null, '', ARTICLE_URL.replace('https://news.contoh.co.id', ''));
    loadArticle();
    original = document.body.innerHTML;
  });
  afterEach(async () => {
    // Put the page back and stop the observer before the next test loads the fixture again.
    await fake.deliver({ type: 'setTidyActive', active: false });
  });

  it('tidies the page on load and reports the count for the badge, the first report marked first', async () => {
    await load('tidy');
    await vi.waitFor(() => expect(fake.sent).toContainEqual(expect.objectContaining({ type: 'tidyCount', count: 3 })));
    const reports = fake.sent.filter((m) => (m as { type?: string }).type === 'tidyCount') as { first?: true }[];
    expect(reports[0]?.first).toBe(true);
    expect(reports.filter((r) => r.first)).toHaveLength(1);
    expect(document.getElementById('div-gpt-ad-123')).toBeNull();
    expect(document.body.textContent).not.toContain('Baca Juga');
  });

  it('answers tidyStatus and setTidyActive, restoring the page exactly', async () => {
    await load('tidy');
    // A slow (cold) first sweep may take more than one slice, each reporting its count.
    await vi.waitFor(() => expect(fake.sent).toContainEqual(expect.objectContaining({ type: 'tidyCount', count: 3 })));
    const status = (await fake.deliver({ type: 'tidyStatus' })) as TidyStatus;
    expect(status.active).toBe(true);
    expect(status.removed.map((r) => r.category).sort()).toEqual(['ad', 'ad', 'related']);

    const off = (await fake.deliver({ type: 'setTidyActive', active: false })) as TidyStatus;
    expect(off.active).toBe(false);
    expect(document.body.innerHTML).toBe(original);
    expect(fake.sent).toContainEqual({ type: 'tidyCount', count: 0 });

    const on = (await fake.deliver({ type: 'setTidyActive', active: true })) as TidyStatus;
    expect(on.active).toBe(true);
    await vi.waitFor(async () => expect(((await fake.deliver({ type: 'tidyStatus' })) as TidyStatus).removed).toHaveLength(3));
    expect(document.getElementById('div-gpt-ad-123')).toBeNull();
  });

  it('leaves extraction messages to the extraction script', async () => {
    await load('tidy');
    await vi.waitFor(() => expect(fake.listeners).toHaveLength(1));
    expect(await fake.deliver({ type: 'extract' })).toBeUndefined();
    expect(await fake.deliver({ type: 'openReader' })).toBeUndefined();
  });

  it('in reader mode asks the background for the reader view and leaves the page alone', async () => {
    await load('reader');
    await vi.waitFor(() => expect(fake.sent).toContainEqual({ type: 'openReaderInTab' }));
    expect(document.body.innerHTML).toBe(original);
    expect(fake.listeners).toHaveLength(0);
  });

  it('runs once per page even if injected twice', async () => {
    await load('tidy');
    await vi.waitFor(() => expect(fake.listeners).toHaveLength(1));
    vi.resetModules();
    await import('../../src/content/autoclean.ts');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.listeners).toHaveLength(1);
  });
});
