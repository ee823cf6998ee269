/**
 * The settings form: inputs are named after the `Settings` keys, so filling and reading are
 * loops over names rather than one hand-written line per field.
 */
import { FONT_SIZE_MAX, FONT_SIZE_MIN, type Settings } from '../shared/settings.ts';
import { checkRuleLines, parseLines, type RuleLineProblem } from './rule-lines.ts';

/** The keys the settings form edits (sites and "all sites" apply at once, outside the form). */
export const FORM_KEYS = [
  'mode', 'autoJoinPages', 'theme', 'fontSize', 'width', 'font', 'lineHeight', 'printLinks', 'markdownContents', 'userSelectors', 'userPhrases',
] as const;
export type FormKey = (typeof FORM_KEYS)[number];
/** The keys shown as checkboxes. */
const SWITCH_KEYS: ReadonlySet<FormKey> = new Set(['autoJoinPages', 'printLinks', 'markdownContents']);
/** The reader's keys, which the reader view itself changes too (see `fillReaderFields`). */
export const READER_FORM_KEYS = ['theme', 'fontSize', 'width', 'font', 'lineHeight', 'printLinks'] as const;

type FormField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | RadioNodeList;

function field(form: HTMLFormElement, name: FormKey): FormField {
  const element = form.elements.namedItem(name);
  if (!element) throw new Error(`the options form lacks an input named ${name}`);
  return element as FormField;
}

function fill(form: HTMLFormElement, settings: Settings, keys: readonly FormKey[]): void {
  for (const key of keys) {
    const value = settings[key];
    if (SWITCH_KEYS.has(key)) (field(form, key) as HTMLInputElement).checked = value === true;
    else field(form, key).value = Array.isArray(value) ? value.join('\n') : String(value);
  }
}

/** Shows `settings` in the form. */
export function fillForm(form: HTMLFormElement, settings: Settings): void {
  fill(form, settings, FORM_KEYS);
}

/**
 * Shows only the reader's settings: what the open reader view changed while this page is open,
 * leaving the rule lines the user may be typing alone.
 */
export function fillReaderFields(form: HTMLFormElement, settings: Settings): void {
  fill(form, settings, READER_FORM_KEYS);
}

export type FormRead = { ok: true; patch: Pick<Settings, FormKey> } | { ok: false; problems: RuleLineProblem[] };

/**
 * Reads the form into a settings patch, or the rule lines it refuses. The font size is clamped
 * here (the number input allows typing anything); the settings module checks everything again.
 */
export function readForm(form: HTMLFormElement, doc: Document): FormRead {
  const text = (key: FormKey): string => field(form, key).value;
  const problems = checkRuleLines(text('userSelectors'), text('userPhrases'), doc);
  if (problems.length > 0) return { ok: false, problems };
  const size = Number.parseInt(text('fontSize'), 10);
  return {
    ok: true,
    patch: {
      mode: text('mode') as Settings['mode'],
      autoJoinPages: (field(form, 'autoJoinPages') as HTMLInputElement).checked,
      theme: text('theme') as Settings['theme'],
      fontSize: Number.isFinite(size) ? Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, size)) : 18,
      width: text('width') as Settings['width'],
      font: text('font') as Settings['font'],
      lineHeight: text('lineHeight') as Settings['lineHeight'],
      printLinks: (field(form, 'printLinks') as HTMLInputElement).checked,
      markdownContents: (field(form, 'markdownContents') as HTMLInputElement).checked,
      userSelectors: [...new Set(parseLines(text('userSelectors')).map((l) => l.value))],
      userPhrases: [...new Set(parseLines(text('userPhrases')).map((l) => l.value))],
    },
  };
}

/**
 * Shows the refused lines under their textareas and marks the textareas invalid; clears old
 * marks first. Returns the first invalid textarea (to focus), if any.
 */
export function showRuleProblems(
  form: HTMLFormElement,
  problems: readonly RuleLineProblem[],
): HTMLTextAreaElement | null {
  let first: HTMLTextAreaElement | null = null;
  for (const key of ['userSelectors', 'userPhrases'] as const) {
    const textarea = field(form, key) as HTMLTextAreaElement;
    const output = form.querySelector<HTMLElement>(`[data-problems-for="${key}"]`);
    const mine = problems.filter((p) => p.field === key);
    textarea.setAttribute('aria-invalid', String(mine.length > 0));
    output?.replaceChildren(
      ...mine.map((problem) => {
        const line = form.ownerDocument.createElement('li');
        line.textContent = problem.message;
        return line;
      }),
    );
    if (mine.length > 0 && !first) first = textarea;
  }
  return first;
}
