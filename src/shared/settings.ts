/**
 * The one settings module: typed defaults, a schema version with ordered migrations, per-key
 * validation, and load/save/watch over `storage.local` (which survives browser restarts).
 * The whole object lives under one storage key so a change is one atomic write and one event.
 */
import { browser } from './browser.ts';
import { toOrigin } from './origins.ts';
import { validateUserRules } from '../core/user-rules.ts';

export interface Settings {
  schemaVersion: number;
  /** Auto-clean every http(s) page (needs the optional `http://*\/*` + `https://*\/*` grant). */
  autoCleanAll: boolean;
  /** Origins auto-cleaned on load, such as `https://www.detik.com`. */
  autoCleanSites: string[];
  /** What auto-clean does: tidy the page in place, or open the reader view. */
  mode: 'tidy' | 'reader';
  /** Where auto-clean tidies in place: add a multi-page article's other pages after page 1, unasked. */
  autoJoinPages: boolean;
  theme: 'auto' | 'light' | 'dark' | 'sepia';
  /** Reader font size in px, 14–28. */
  fontSize: number;
  width: 'narrow' | 'medium' | 'wide';
  /** Reader typeface: a serif, a sans, or the bundled dyslexia-friendly OpenDyslexic. */
  font: 'serif' | 'sans' | 'dyslexic';
  /** Reader line spacing. */
  lineHeight: 'compact' | 'normal' | 'loose';
  /** Printing the reader view adds each link's address after its text. */
  printLinks: boolean;
  /** Copy Markdown starts with a contents list (articles of 3 headings or more). */
  markdownContents: boolean;
  /** Extra CSS selectors removed on every page. */
  userSelectors: string[];
  /** Extra phrases: blocks starting with one are removed like a "Baca juga" insert. */
  userPhrases: string[];
  /** Learn each site's repeated blocks as pages are read, and remove them (kept in `storage.local` only). */
  siteMemory: boolean;
}

export const SETTINGS_KEY = 'settings';
export const CURRENT_SCHEMA_VERSION = 1;
export const FONT_SIZE_MIN = 14;
export const FONT_SIZE_MAX = 28;
export const PHRASE_MAX_LENGTH = 100;
export const MODES = ['tidy', 'reader'] as const;
export const THEMES = ['auto', 'light', 'dark', 'sepia'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const FONTS = ['serif', 'sans', 'dyslexic'] as const;
export const LINE_HEIGHTS = ['compact', 'normal', 'loose'] as const;

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  autoCleanAll: false,
  autoCleanSites: [],
  mode: 'tidy',
  autoJoinPages: false,
  theme: 'auto',
  fontSize: 18,
  width: 'medium',
  font: 'serif',
  lineHeight: 'normal',
  printLinks: false,
  markdownContents: false,
  userSelectors: [],
  userPhrases: [],
  siteMemory: true,
});

type Raw = Record<string, unknown>;

/** One step of the schema history: turns a stored object of version `to - 1` into version `to`. */
export interface Migration {
  to: number;
  note: string;
  migrate(raw: Raw): Raw;
}

/**
 * Ordered schema history. Version 0 is the unversioned shape of the pre-release builds: sites
 * as bare host names under `sites`, the font size as a CSS string (`"18px"`).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    note: 'add schemaVersion; `sites` (host names) → `autoCleanSites` (origins); fontSize "18px" → 18',
    migrate(raw) {
      const { sites, ...rest } = raw;
      const next: Raw = { ...rest };
      if (Array.isArray(sites) && !('autoCleanSites' in raw)) {
        next.autoCleanSites = sites.filter((s): s is string => typeof s === 'string');
      }
      if (typeof raw.fontSize === 'string') next.fontSize = Number.parseFloat(raw.fontSize);
      return next;
    },
  },
];

/** Runs every migration newer than the stored `schemaVersion` (absent = 0), in order. */
export function migrateSettings(raw: Raw): Raw {
  const from = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  let current = raw;
  for (const step of MIGRATIONS) {
    if (step.to > from) current = { ...step.migrate(current), schemaVersion: step.to };
  }
  return current;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((s): s is string => typeof s === 'string').map((s) => s.trim());
}

/** Distinct http(s) origins, normalised; anything else is dropped. */
export function cleanOrigins(value: unknown): string[] {
  const origins = strings(value)
    .map(toOrigin)
    .filter((o): o is string => o !== null);
  return [...new Set(origins)];
}

/** Clamps a font size to the allowed range; a non-number becomes the default. */
export function clampFontSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULTS.fontSize;
  return Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, Math.round(value)));
}

/** A phrase rule must be non-empty and at most 100 characters. */
export function isValidPhrase(phrase: string): boolean {
  const trimmed = phrase.trim();
  return trimmed.length > 0 && trimmed.length <= PHRASE_MAX_LENGTH;
}

/**
 * Keeps the user selectors that parse. The check needs a DOM; without one (the background
 * service worker has no `document`) non-empty strings are kept and the core, which compiles
 * them against the page, stays the last line of defence.
 */
function cleanSelectors(value: unknown, doc: Document | undefined): string[] {
  const selectors = [...new Set(strings(value).filter((s) => s !== ''))];
  if (!doc) return selectors;
  const bad = new Set(
    validateUserRules({ selectors, phrases: [] }, doc)
      .filter((p) => p.field === 'selectors')
      .map((p) => p.index),
  );
  return selectors.filter((_, i) => !bad.has(i));
}

function defaultDocument(): Document | undefined {
  return typeof document === 'undefined' ? undefined : document;
}

/**
 * What the content scripts read: what auto-clean does, the user's rules, and whether the site
 * memory learns. The reader's own script reads the rest (its look) with `loadSettings`.
 */
export type PageSettings = Pick<Settings, 'mode' | 'userSelectors' | 'userPhrases' | 'siteMemory'>;

/** A stored value as an object of the current schema (migrated), or `{}` when it is no object. */
function storedObject(raw: unknown): Raw {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? migrateSettings(raw as Raw) : {};
}

/**
 * The `PageSettings` part of `validateSettings`, on its own so that the content scripts, which
 * read only these (`loadPageSettings`), bundle none of the other keys' validation.
 */
function validatePageSettings(source: Raw, doc: Document | undefined): PageSettings {
  return {
    mode: oneOf(MODES, source.mode, DEFAULTS.mode),
    userSelectors: cleanSelectors(source.userSelectors, doc),
    userPhrases: [...new Set(strings(source.userPhrases).filter(isValidPhrase))],
    siteMemory: typeof source.siteMemory === 'boolean' ? source.siteMemory : DEFAULTS.siteMemory,
  };
}

/**
 * Turns anything read from storage into valid `Settings`: migrates old shapes, then per key
 * keeps good values, clamps numbers, drops bad list entries and falls back to the default.
 */
export function validateSettings(raw: unknown, doc: Document | undefined = defaultDocument()): Settings {
  const source = storedObject(raw);
  const page = validatePageSettings(source, doc);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    autoCleanAll: typeof source.autoCleanAll === 'boolean' ? source.autoCleanAll : DEFAULTS.autoCleanAll,
    autoCleanSites: cleanOrigins(source.autoCleanSites),
    mode: page.mode,
    autoJoinPages: typeof source.autoJoinPages === 'boolean' ? source.autoJoinPages : DEFAULTS.autoJoinPages,
    theme: oneOf(THEMES, source.theme, DEFAULTS.theme),
    fontSize: clampFontSize(source.fontSize),
    width: oneOf(WIDTHS, source.width, DEFAULTS.width),
    font: oneOf(FONTS, source.font, DEFAULTS.font),
    lineHeight: oneOf(LINE_HEIGHTS, source.lineHeight, DEFAULTS.lineHeight),
    printLinks: typeof source.printLinks === 'boolean' ? source.printLinks : DEFAULTS.printLinks,
    markdownContents: typeof source.markdownContents === 'boolean' ? source.markdownContents : DEFAULTS.markdownContents,
    userSelectors: page.userSelectors,
    userPhrases: page.userPhrases,
    siteMemory: page.siteMemory,
  };
}

/** Thrown by `saveSettings` for a value it refuses; `key` names the offending setting. */
export class SettingsError extends Error {
  constructor(
    readonly key: keyof Settings,
    message: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

/**
 * Strict check of a patch before saving: unlike `validateSettings` (which repairs what it
 * reads), a save with a bad value is refused so the user sees the problem.
 * Returns the problems, empty when the patch is valid.
 */
export function checkSettingsPatch(
  patch: Partial<Settings>,
  doc: Document | undefined = defaultDocument(),
): SettingsError[] {
  const problems: SettingsError[] = [];
  const refuse = (key: keyof Settings, message: string): void => {
    problems.push(new SettingsError(key, message));
  };
  if ('autoCleanAll' in patch && typeof patch.autoCleanAll !== 'boolean') {
    refuse('autoCleanAll', 'autoCleanAll must be true or false');
  }
  for (const site of patch.autoCleanSites ?? []) {
    if (typeof site !== 'string' || toOrigin(site) === null) {
      refuse('autoCleanSites', `"${String(site)}" is not an http(s) site address`);
    }
  }
  if ('siteMemory' in patch && typeof patch.siteMemory !== 'boolean') {
    refuse('siteMemory', 'siteMemory must be true or false');
  }
  if ('autoJoinPages' in patch && typeof patch.autoJoinPages !== 'boolean') {
    refuse('autoJoinPages', 'autoJoinPages must be true or false');
  }
  if ('mode' in patch && !MODES.includes(patch.mode as Settings['mode'])) {
    refuse('mode', `mode must be one of ${MODES.join(', ')}`);
  }
  if ('theme' in patch && !THEMES.includes(patch.theme as Settings['theme'])) {
    refuse('theme', `theme must be one of ${THEMES.join(', ')}`);
  }
  if ('width' in patch && !WIDTHS.includes(patch.width as Settings['width'])) {
    refuse('width', `width must be one of ${WIDTHS.join(', ')}`);
  }
  if ('font' in patch && !FONTS.includes(patch.font as Settings['font'])) {
    refuse('font', `font must be one of ${FONTS.join(', ')}`);
  }
  if ('lineHeight' in patch && !LINE_HEIGHTS.includes(patch.lineHeight as Settings['lineHeight'])) {
    refuse('lineHeight', `lineHeight must be one of ${LINE_HEIGHTS.join(', ')}`);
  }
  for (const key of ['printLinks', 'markdownContents'] as const) {
    if (key in patch && typeof patch[key] !== 'boolean') refuse(key, `${key} must be true or false`);
  }
  if ('fontSize' in patch && clampFontSize(patch.fontSize) !== patch.fontSize) {
    refuse('fontSize', `fontSize must be a whole number from ${FONT_SIZE_MIN} to ${FONT_SIZE_MAX}`);
  }
  for (const phrase of patch.userPhrases ?? []) {
    if (typeof phrase !== 'string' || !isValidPhrase(phrase)) {
      refuse('userPhrases', `phrase "${String(phrase)}" must be 1–${PHRASE_MAX_LENGTH} characters`);
    }
  }
  const selectors = patch.userSelectors ?? [];
  if (selectors.some((s) => typeof s !== 'string' || s.trim() === '')) {
    refuse('userSelectors', 'selectors must be non-empty text');
  } else if (doc) {
    for (const problem of validateUserRules({ selectors, phrases: [] }, doc)) {
      refuse('userSelectors', `selector "${problem.value}": ${problem.message}`);
    }
  }
  return problems;
}

/** Reads the settings, migrated and validated; defaults when nothing is stored yet. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return validateSettings(stored[SETTINGS_KEY]);
}

/** Reads only the `PageSettings`, validated exactly as `loadSettings` validates them. */
export async function loadPageSettings(): Promise<PageSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return validatePageSettings(storedObject(stored[SETTINGS_KEY]), defaultDocument());
}

/**
 * Merges `patch` into the stored settings and writes them. Refuses (throws the first
 * `SettingsError`) when any patched value is invalid; nothing is written then.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const problems = checkSettingsPatch(patch);
  if (problems.length > 0) throw problems[0];
  const current = await loadSettings();
  const next = validateSettings({ ...current, ...patch, schemaVersion: CURRENT_SCHEMA_VERSION });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/**
 * Calls `callback` with the new settings whenever they change in `storage.local` (from any
 * context). Returns a function that stops listening.
 */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) callback(validateSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
