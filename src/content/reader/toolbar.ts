/**
 * The reader overlay's controls: text size −/+, line width, theme, typeface, line spacing, print,
 * close. Real `<button>`s, so Tab, Enter and Space work without extra code; choices report their
 * state with `aria-pressed`. No `role="toolbar"`: that role promises arrow-key navigation, and
 * plain Tab order is simpler.
 */
import { t, type MessageKey } from '../../shared/i18n.ts';
import { canStep, FONTS, LINE_HEIGHTS, stepFontSize, THEMES, WIDTHS, type ReaderPrefs } from './reader-prefs.ts';

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
const FONT_LABELS: Record<ReaderPrefs['font'], MessageKey> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  dyslexic: 'fontDyslexic',
};
const LINE_HEIGHT_LABELS: Record<ReaderPrefs['lineHeight'], MessageKey> = {
  compact: 'lineCompact',
  normal: 'lineNormal',
  loose: 'lineLoose',
};

export interface Toolbar {
  element: HTMLElement;
  /** Reflects `prefs` in the pressed/disabled states. */
  update(prefs: ReaderPrefs): void;
}

export interface ToolbarOptions {
  getPrefs: () => ReaderPrefs;
  onPrefs: (prefs: ReaderPrefs) => void;
  onPrint: () => void;
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

type ChoiceKey = 'width' | 'theme' | 'font' | 'lineHeight';

/** One button per value of `key`; pressing one sets it. `update` marks the pressed one. */
function choices<K extends ChoiceKey>(
  doc: Document,
  key: K,
  values: readonly ReaderPrefs[K][],
  labels: Record<ReaderPrefs[K], MessageKey>,
  { getPrefs, onPrefs }: Pick<ToolbarOptions, 'getPrefs' | 'onPrefs'>,
): { elements: HTMLButtonElement[]; update: (prefs: ReaderPrefs) => void } {
  const buttons = values.map((value) => {
    const label = t(labels[value]);
    const el = button(doc, label, label, () => onPrefs({ ...getPrefs(), [key]: value }));
    el.dataset[key] = value;
    return { value, el };
  });
  return {
    elements: buttons.map((b) => b.el),
    update: (prefs) => {
      for (const b of buttons) b.el.setAttribute('aria-pressed', String(b.value === prefs[key]));
    },
  };
}

/** Builds the toolbar; every change goes through `onPrefs`, which re-renders via `update`. */
export function buildToolbar(doc: Document, options: ToolbarOptions): Toolbar {
  const { getPrefs, onPrefs, onPrint, onClose } = options;
  const smaller = button(doc, 'A−', t('readerFontSmaller'), () => onPrefs(stepFontSize(getPrefs(), -1)));
  const larger = button(doc, 'A+', t('readerFontLarger'), () => onPrefs(stepFontSize(getPrefs(), 1)));
  const widths = choices(doc, 'width', WIDTHS, WIDTH_LABELS, options);
  const themes = choices(doc, 'theme', THEMES, THEME_LABELS, options);
  const fonts = choices(doc, 'font', FONTS, FONT_LABELS, options);
  const lineHeights = choices(doc, 'lineHeight', LINE_HEIGHTS, LINE_HEIGHT_LABELS, options);
  const print = button(doc, t('readerPrint'), t('readerPrint'), onPrint);
  print.className = 'print';
  const close = button(doc, '×', t('readerClose'), onClose);
  close.className = 'close';

  const element = doc.createElement('div');
  element.className = 'toolbar';
  element.append(
    group(doc, t('readerFontGroup'), [smaller, larger]),
    group(doc, t('optionsWidth'), widths.elements),
    group(doc, t('optionsTheme'), themes.elements),
    group(doc, t('readerTypeface'), fonts.elements),
    group(doc, t('readerLineHeight'), lineHeights.elements),
    print,
    close,
  );

  const update = (prefs: ReaderPrefs): void => {
    // aria-disabled, not disabled: a disabled button drops focus to <body>, out of the dialog.
    smaller.setAttribute('aria-disabled', String(!canStep(prefs, -1)));
    larger.setAttribute('aria-disabled', String(!canStep(prefs, 1)));
    for (const choice of [widths, themes, fonts, lineHeights]) choice.update(prefs);
  };
  update(getPrefs());
  return { element, update };
}
