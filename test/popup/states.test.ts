import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../shared/fake-browser.ts';
import { formatBytes, renderState, stateText, type PopupState } from '../../src/popup/states.ts';
import type { ForbiddenReason } from '../../src/popup/page-access.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const doc = new JSDOM('').window.document;

beforeEach(() => fake.reset());

describe('renderState', () => {
  it('marks loading as busy', () => {
    const element = renderState(doc, { kind: 'loading' });
    expect(element.dataset.state).toBe('loading');
    expect(element.getAttribute('aria-busy')).toBe('true');
    expect(element.textContent).toBe('Cleaning this page…');
  });

  it('explains each forbidden page differently', () => {
    const reasons: ForbiddenReason[] = ['browser-page', 'extension-page', 'store', 'pdf', 'no-url'];
    const messages = reasons.map((reason) => stateText({ kind: 'forbidden', reason }).message);
    expect(new Set(messages).size).toBe(reasons.length);
    expect(messages[3]).toBe('This is a PDF file. Bersih cleans web pages, not PDFs.');
  });

  it('tells how to allow file access', () => {
    const element = renderState(doc, { kind: 'file-access' });
    expect(element.textContent).toContain('Allow access to file URLs');
    fake.setLocale('id');
    expect(renderState(doc, { kind: 'file-access' }).textContent).toContain('Izinkan akses ke URL file');
  });

  it('says when cleaning took too long and offers "Try anyway", in English and Indonesian', () => {
    const onTryAnyway = vi.fn();
    const element = renderState(doc, { kind: 'timed-out', onTryAnyway });
    expect(element.dataset.state).toBe('timed-out');
    expect(element.querySelector('.state-message')?.textContent).toBe(
      'Cleaning this page took too long, so Bersih stopped to keep the tab responsive.',
    );
    expect(element.querySelector('.state-hint')?.textContent).toBe('Trying anyway may freeze this tab for a while.');
    const button = element.querySelector<HTMLButtonElement>('button[data-action="try-anyway"]');
    expect(button?.textContent).toBe('Try anyway');
    button?.click();
    expect(onTryAnyway).toHaveBeenCalledTimes(1);
    // No handler, no button.
    expect(renderState(doc, { kind: 'timed-out' }).querySelector('button')).toBeNull();
    fake.setLocale('id');
    const id = renderState(doc, { kind: 'timed-out', onTryAnyway });
    expect(id.querySelector('.state-message')?.textContent).toBe(
      'Membersihkan halaman ini terlalu lama, jadi Bersih berhenti agar tab tetap responsif.',
    );
    expect(id.querySelector('button')?.textContent).toBe('Coba saja');
  });

  it('offers the text selection when no article was found', () => {
    const onUseSelection = vi.fn();
    const element = renderState(doc, { kind: 'no-article', onUseSelection });
    expect(element.querySelector('.state-message')?.textContent).toBe('No article found on this page.');
    const button = element.querySelector<HTMLButtonElement>('button[data-action="use-selection"]');
    expect(button?.type).toBe('button');
    expect(button?.textContent).toBe('Use my text selection');
    button?.click();
    expect(onUseSelection).toHaveBeenCalledTimes(1);
    expect(renderState(doc, { kind: 'no-article' }).querySelector('button')).toBeNull();
  });

  it('shows errors with their reason and sizes in the locale', () => {
    expect(renderState(doc, { kind: 'error', message: 'Cannot access a chrome:// URL' }).textContent).toBe(
      'Something went wrong: Cannot access a chrome:// URL',
    );
    const tooLarge: PopupState = { kind: 'too-large', bytes: 12_400_000 };
    expect(stateText(tooLarge).message).toBe('This page is too large to clean (12.4 MB).');
    expect(formatBytes(12_400_000, 'id')).toBe('12,4 MB');
  });
});
