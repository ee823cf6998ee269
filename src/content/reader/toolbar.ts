/**
 * The reader overlay's controls: text size −/+, line width, theme, close. Real `<button>`s, so
 * Tab, Enter and Space work without extra code; toggles report their state with `aria-pressed`.
 * No `role="toolbar"`: that role promises arrow-key navigation, and plain Tab order is simpler.
 */
import { t, type MessageKey } from '../../shared/i18n.ts';
import { canStep, stepFontSize, THEMES, WIDTHS, type ReaderPrefs } from './reader-prefs.ts';

const WIDTH_LABELS: Record<ReaderPrefs['width'], MessageKey> = {
  narrow: 'widthNarrow',
  medium: 'widthMedium',
  wide: 'widthWide',
};
const THEME_LABELS: Record<ReaderPrefs['theme'], MessageKey> = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
};

export interface Toolbar {
  element: HTMLElement;
  /** Reflects `prefs` in the pressed/disabled states. */
  update(prefs: ReaderPrefs): void;
}

export interface ToolbarOptions {
  getPrefs: () => ReaderPrefs;
  onPrefs: (prefs: ReaderPrefs) => void;
  onClose: () => void;
}

function button(doc: Document, text: string, label: string, onClick: () => void): HTMLButtonElement {
  const el = doc.createElement('button');
  el.type = 'button';
  el.textContent = text;
  if (label !== text) el.setAttribute('aria-label', label);
  el.title = label;
  el.addEventListener('click', onClick);
  return el;
}

function group(doc: Document, label: string, children: HTMLElement[]): HTMLElement {
  const el = doc.createElement('div');
  el.className = 'group';
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', label);
  el.append(...children);
  return el;
}

/** Builds the toolbar; every change goes through `onPrefs`, which re-renders via `update`. */
export function buildToolbar(doc: Document, { getPrefs, onPrefs, onClose }: ToolbarOptions): Toolbar {
  const smaller = button(doc, 'A−', t('readerFontSmaller'), () => onPrefs(stepFontSize(getPrefs(), -1)));
  const larger = button(doc, 'A+', t('readerFontLarger'), () => onPrefs(stepFontSize(getPrefs(), 1)));
  const widths = WIDTHS.map((width) => {
    const label = t(WIDTH_LABELS[width]);
    return { value: width, el: button(doc, label, label, () => onPrefs({ ...getPrefs(), width })) };
  });
  const themes = THEMES.map((theme) => {
    const label = t(THEME_LABELS[theme]);
    return { value: theme, el: button(doc, label, label, () => onPrefs({ ...getPrefs(), theme })) };
  });
  const close = button(doc, '×', t('readerClose'), onClose);
  close.className = 'close';

  const element = doc.createElement('div');
  element.className = 'toolbar';
  element.append(
    group(doc, t('readerFontGroup'), [smaller, larger]),
    group(doc, t('optionsWidth'), widths.map((w) => w.el)),
    group(doc, t('optionsTheme'), themes.map((th) => th.el)),
    close,
  );

  const update = (prefs: ReaderPrefs): void => {
    // aria-disabled, not disabled: a disabled button drops focus to <body>, out of the dialog.
    smaller.setAttribute('aria-disabled', String(!canStep(prefs, -1)));
    larger.setAttribute('aria-disabled', String(!canStep(prefs, 1)));
    for (const w of widths) w.el.setAttribute('aria-pressed', String(w.value === prefs.width));
    for (const th of themes) th.el.setAttribute('aria-pressed', String(th.value === prefs.theme));
  };
  update(getPrefs());
  return { element, update };
}
