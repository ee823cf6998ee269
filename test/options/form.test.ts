import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../shared/fake-browser.ts';
import { optionsDocument, settingsForm } from './options-page.ts';
import { fillForm, fillReaderFields, FORM_KEYS, readForm, showRuleProblems } from '../../src/options/form.ts';
import { checkRuleLines, parseLines } from '../../src/options/rule-lines.ts';
import { DEFAULTS, type Settings } from '../../src/shared/settings.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

beforeEach(() => fake.reset());

function set(form: HTMLFormElement, name: string, value: string): void {
  (form.elements.namedItem(name) as HTMLInputElement).value = value;
}

describe('the options form', () => {
  it('has an input named after each settings key it edits', () => {
    const form = settingsForm(optionsDocument());
    for (const key of FORM_KEYS) expect(form.elements.namedItem(key), key).not.toBeNull();
    expect(form.ownerDocument.querySelector('input[name="autoCleanAll"]')).not.toBeNull();
  });

  it('round-trips settings through fill and read', () => {
    const doc = optionsDocument();
    const form = settingsForm(doc);
    const settings: Settings = {
      ...DEFAULTS,
      mode: 'reader',
      autoJoinPages: true,
      theme: 'sepia',
      fontSize: 21,
      width: 'narrow',
      font: 'dyslexic',
      lineHeight: 'compact',
      printLinks: true,
      markdownContents: true,
      userSelectors: ['.promo-box', 'div[id^="ads-"]'],
      userPhrases: ['Simak juga', 'Tonton video'],
    };
    fillForm(form, settings);
    expect((form.elements.namedItem('userSelectors') as HTMLTextAreaElement).value).toBe('.promo-box\ndiv[id^="ads-"]');
    expect(doc.querySelector<HTMLInputElement>('input[name="mode"][value="reader"]')?.checked).toBe(true);
    expect(doc.querySelector<HTMLInputElement>('input[name="autoJoinPages"]')?.checked).toBe(true);
    const read = readForm(form, doc);
    expect(read).toEqual({
      ok: true,
      patch: {
        mode: 'reader',
        autoJoinPages: true,
        theme: 'sepia',
        fontSize: 21,
        width: 'narrow',
        font: 'dyslexic',
        lineHeight: 'compact',
        printLinks: true,
        markdownContents: true,
        userSelectors: ['.promo-box', 'div[id^="ads-"]'],
        userPhrases: ['Simak juga', 'Tonton video'],
      },
    });
    fillForm(form, DEFAULTS);
    expect((form.elements.namedItem('printLinks') as HTMLInputElement).checked).toBe(false);
    expect((form.elements.namedItem('font') as HTMLSelectElement).value).toBe('serif');
  });

  it('shows the reader’s settings changed elsewhere and leaves rule lines being typed alone', () => {
    const form = settingsForm(optionsDocument());
    fillForm(form, DEFAULTS);
    set(form, 'userPhrases', 'Simak ju');
    fillReaderFields(form, { ...DEFAULTS, font: 'sans', lineHeight: 'loose', fontSize: 24, userPhrases: ['other'] });
    expect((form.elements.namedItem('font') as HTMLSelectElement).value).toBe('sans');
    expect((form.elements.namedItem('lineHeight') as HTMLSelectElement).value).toBe('loose');
    expect((form.elements.namedItem('fontSize') as HTMLInputElement).value).toBe('24');
    expect((form.elements.namedItem('userPhrases') as HTMLTextAreaElement).value).toBe('Simak ju');
  });

  it('ignores blank lines and duplicates, and clamps the font size', () => {
    const doc = optionsDocument();
    const form = settingsForm(doc);
    fillForm(form, DEFAULTS);
    set(form, 'userPhrases', '\n  Baca juga  \n\nBaca juga\n');
    set(form, 'fontSize', '40');
    const read = readForm(form, doc);
    expect(read.ok && read.patch.userPhrases).toEqual(['Baca juga']);
    expect(read.ok && read.patch.fontSize).toBe(28);
  });

  it('refuses bad rule lines, naming each line', () => {
    const doc = optionsDocument();
    const form = settingsForm(doc);
    fillForm(form, DEFAULTS);
    set(form, 'userSelectors', '.ok\n\ndiv[\nbody');
    set(form, 'userPhrases', `fine\n${'x'.repeat(101)}`);
    const read = readForm(form, doc);
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    expect(problems.map((p) => [p.field, p.line, p.value])).toEqual([
      ['userSelectors', 3, 'div['],
      ['userSelectors', 4, 'body'],
      ['userPhrases', 2, 'x'.repeat(101)],
    ]);
    expect(problems[0]?.message).toBe('Line 3: “div[” is not usable as a CSS selector (not a valid CSS selector).');
    expect(problems[2]?.message).toBe('Line 2: a phrase must be 1 to 100 characters long.');

    const first = showRuleProblems(form, problems);
    expect(first?.name).toBe('userSelectors');
    expect(first?.getAttribute('aria-invalid')).toBe('true');
    expect([...doc.querySelectorAll('[data-problems-for="userSelectors"] li')].map((li) => li.textContent)).toHaveLength(2);
    expect(doc.querySelector('[data-problems-for="userPhrases"] li')?.textContent).toBe(
      'Line 2: a phrase must be 1 to 100 characters long.',
    );
    showRuleProblems(form, []);
    expect(doc.querySelectorAll('.problems li')).toHaveLength(0);
    expect((form.elements.namedItem('userSelectors') as HTMLElement).getAttribute('aria-invalid')).toBe('false');
  });

  it('localises rule problems', () => {
    fake.setLocale('id');
    const [problem] = checkRuleLines('a[', '', optionsDocument());
    expect(problem?.message).toBe('Baris 1: “a[” tidak bisa dipakai sebagai CSS selector (not a valid CSS selector).');
  });
});

describe('parseLines', () => {
  it('numbers lines from 1, keeping the numbers of the non-blank ones', () => {
    expect(parseLines('a\r\n\n  b  \n')).toEqual([
      { line: 1, value: 'a' },
      { line: 3, value: 'b' },
    ]);
  });
});
