/**
 * The options page, in each browser: a bad rule line is refused with a message naming the line,
 * and nothing is saved; fixed, the form saves, and a reload shows what was saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPage } from './driver/types.ts';
import { useDriver } from './driver/use-driver.ts';
import { message } from './harness/locale.ts';

const driver = useDriver();

/** The save status line: its text and outcome. */
function saveStatus(page: TestPage): Promise<{ text: string; outcome: string } | null> {
  return page.waitFor('the save status', () => {
    const status = document.getElementById('save-status');
    return status?.dataset.outcome ? { text: status.textContent ?? '', outcome: status.dataset.outcome } : null;
  });
}

async function clearStatus(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const status = document.getElementById('save-status');
    if (status) delete status.dataset.outcome;
  });
}

describe(`options page (${driver.name})`, () => {
  let page: TestPage;

  beforeAll(async () => {
    page = await driver.openExtensionPage('options/options.html');
    await page.waitFor('the form filled in', () => (document.getElementById('font-size') as HTMLInputElement | null)?.value === '18');
  });

  afterAll(async () => {
    await page.close();
  });

  it('refuses a bad rule line, names it, and saves nothing', async () => {
    await page.type('#user-selectors', '.promo-box\ndiv[');
    await page.click('#settings button[type="submit"]');
    expect(await saveStatus(page)).toEqual({ text: message('optionsNotSaved'), outcome: 'error' });
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll('#user-selectors-problems li')].map((li) => li.textContent ?? ''),
    );
    // The reason in parentheses is the browser's own selector error, worded differently by each.
    expect(problems).toHaveLength(1);
    expect(problems[0]?.startsWith(message('optionsBadSelector', 2, 'div[', '').replace(/\(\)\.$/, '('))).toBe(true);
    expect(await page.evaluate(() => document.getElementById('user-selectors')?.getAttribute('aria-invalid'))).toBe('true');
    expect((await driver.settings()).userSelectors).toBeUndefined();
  });

  it('saves the fixed form, and a reload shows what was saved', async () => {
    await clearStatus(page);
    await page.type('#user-selectors', '.promo-box\n.iklan-sisip');
    await page.type('#user-phrases', 'Simak juga');
    await page.type('#font-size', '21');
    await page.evaluate(() => {
      const theme = document.getElementById('theme') as HTMLSelectElement;
      theme.value = 'sepia';
      theme.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.click('#settings button[type="submit"]');
    expect(await saveStatus(page)).toEqual({ text: message('optionsSaved'), outcome: 'ok' });
    expect(await driver.settings()).toMatchObject({
      userSelectors: ['.promo-box', '.iklan-sisip'],
      userPhrases: ['Simak juga'],
      fontSize: 21,
      theme: 'sepia',
    });

    await page.reload();
    const shown = await page.waitFor('the saved form', () => {
      const value = (id: string): string => (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
      return value('font-size') === '21' && { selectors: value('user-selectors'), phrases: value('user-phrases'), theme: value('theme') };
    });
    expect(shown).toEqual({ selectors: '.promo-box\n.iklan-sisip', phrases: 'Simak juga', theme: 'sepia' });
  });
});
