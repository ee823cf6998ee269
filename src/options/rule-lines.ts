/**
 * The user-rule textareas: one selector or phrase per line. Validation names the bad line so the
 * user can find it ("Line 3: “div[” is not a valid CSS selector").
 */
import { validateUserRules } from '../core/user-rules.ts';
import { t } from '../shared/i18n.ts';
import { PHRASE_MAX_LENGTH } from '../shared/settings.ts';

export type RuleField = 'userSelectors' | 'userPhrases';

export interface RuleLineProblem {
  field: RuleField;
  /** 1-based line number in the textarea. */
  line: number;
  value: string;
  /** Localised, names the line and the value. */
  message: string;
}

/** The non-blank lines of `text`, trimmed, with their 1-based line numbers. */
export function parseLines(text: string): { line: number; value: string }[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, value: raw.trim() }))
    .filter((entry) => entry.value !== '');
}

/**
 * Checks both textareas: every selector must parse in `doc` (and not select the whole page),
 * every phrase must be at most 100 characters. Blank lines are ignored.
 */
export function checkRuleLines(selectorsText: string, phrasesText: string, doc: Document): RuleLineProblem[] {
  const selectors = parseLines(selectorsText);
  const phrases = parseLines(phrasesText);
  const problems: RuleLineProblem[] = [];
  const found = validateUserRules(
    { selectors: selectors.map((s) => s.value), phrases: phrases.map((p) => p.value) },
    doc,
  );
  for (const problem of found) {
    const entry = (problem.field === 'selectors' ? selectors : phrases)[problem.index];
    if (!entry) continue;
    const field: RuleField = problem.field === 'selectors' ? 'userSelectors' : 'userPhrases';
    const message =
      field === 'userSelectors'
        ? t('optionsBadSelector', [entry.line, entry.value, problem.message])
        : t('optionsBadPhrase', [entry.line, PHRASE_MAX_LENGTH]);
    problems.push({ field, line: entry.line, value: entry.value, message });
  }
  return problems.sort((a, b) => (a.field === b.field ? a.line - b.line : a.field === 'userSelectors' ? -1 : 1));
}
