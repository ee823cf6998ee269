import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../shared/fake-browser.ts';
import { clipboardText, copyWithFeedback, renderActions } from '../../src/popup/actions.ts';
import { article } from './article-fixture.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const doc = new JSDOM('').window.document;

beforeEach(() => fake.reset());

describe('clipboardText', () => {
  it('puts the title above the text or the Markdown', () => {
    const a = article({ title: 'Judul', text: 'Satu.\n\nDua.', markdown: 'Satu.\n\n## Dua' });
    expect(clipboardText(a, 'text')).toBe('Judul\n\nSatu.\n\nDua.');
    expect(clipboardText(a, 'markdown')).toBe('# Judul\n\nSatu.\n\n## Dua');
    expect(clipboardText(article({ title: ' ', text: 'Isi' }), 'text')).toBe('Isi');
  });
});

describe('copyWithFeedback', () => {
  it('confirms a copy', async () => {
    const status = doc.createElement('p');
    const clipboard = { writeText: vi.fn(async () => {}) };
    await expect(copyWithFeedback(clipboard, 'isi', status)).resolves.toBe(true);
    expect(clipboard.writeText).toHaveBeenCalledWith('isi');
    expect(status.textContent).toBe('Copied to the clipboard.');
    expect(status.dataset.outcome).toBe('ok');
  });

  it('says why a copy failed', async () => {
    const status = doc.createElement('p');
    const clipboard = { writeText: vi.fn(async () => Promise.reject(new Error('Document is not focused.'))) };
    await expect(copyWithFeedback(clipboard, 'isi', status)).resolves.toBe(false);
    expect(status.textContent).toBe('Couldn’t copy: Document is not focused.');
    expect(status.dataset.outcome).toBe('error');
    fake.setLocale('id');
    await copyWithFeedback(undefined, 'isi', status);
    expect(status.textContent).toBe('Gagal menyalin: papan klip tidak tersedia di sini');
  });
});

describe('renderActions', () => {
  it('has real buttons in reading order and a live region for results', async () => {
    const handlers = {
      copyText: vi.fn(async () => {}),
      copyMarkdown: vi.fn(async () => {}),
      openReader: vi.fn(async () => {}),
      listen: vi.fn(async () => {}),
    };
    const bar = renderActions(doc, () => handlers);
    const buttons = [...bar.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Open reader view', 'Listen', 'Copy text', 'Copy Markdown']);
    expect(buttons.every((b) => b.type === 'button')).toBe(true);
    expect(bar.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    buttons[2]?.click();
    buttons[3]?.click();
    buttons[0]?.click();
    expect(handlers.copyText).toHaveBeenCalledTimes(1);
    expect(handlers.copyMarkdown).toHaveBeenCalledTimes(1);
    expect(handlers.openReader).toHaveBeenCalledTimes(1);
    expect(handlers.listen).not.toHaveBeenCalled();
    buttons[1]?.click();
    expect(handlers.listen).toHaveBeenCalledTimes(1);
  });

  it('shows an action that fails in the live region', async () => {
    const bar = renderActions(doc, () => ({
      copyText: async () => {},
      copyMarkdown: async () => {},
      openReader: async () => Promise.reject(new Error('tab closed')),
      listen: async () => {},
    }));
    bar.querySelector<HTMLButtonElement>('[data-action="open-reader"]')?.click();
    await vi.waitFor(() => expect(bar.querySelector('.copy-status')?.textContent).toBe('Something went wrong: tab closed'));
  });
});
