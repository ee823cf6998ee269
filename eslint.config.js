// @ts-check
/**
 * Lint, including the architecture: extension contexts may not import each other (content code
 * runs in web pages, popup/options/background in the extension), the core stays pure, and only
 * the browser seam imports the polyfill. The HTML-sink ban backs the rule that page-derived HTML
 * reaches a DOM only through the core sanitiser.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const POLYFILL = {
  name: 'webextension-polyfill',
  message: 'Import `browser` (and its types) from src/shared/browser.ts, the one browser seam.',
};

/** `no-restricted-imports` forbidding the given src/ folders (matched anywhere in the path). */
function forbid(reason, folders, { polyfill = true } = {}) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: polyfill ? [POLYFILL] : [],
        patterns: folders.length ? [{ group: folders.map((folder) => `**/${folder}/**`), message: reason }] : [],
      },
    ],
  };
}

/** Writes that turn a string into markup: banned in src/ (reading `.innerHTML` stays fine). */
const HTML_SINKS = [
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
    message: 'No innerHTML/outerHTML writes: build nodes, or pass page HTML through sanitiseInto (src/core/sanitise.ts).',
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[property.value=/^(innerHTML|outerHTML)$/]",
    message: 'No innerHTML/outerHTML writes: build nodes, or pass page HTML through sanitiseInto (src/core/sanitise.ts).',
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]",
    message: 'No HTML-string insertion: build nodes, or pass page HTML through sanitiseInto (src/core/sanitise.ts).',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'No document.write.',
  },
];

/**
 * `scripting.executeScript` only through src/shared/inject.ts, which makes paths root-absolute
 * and turns a result's `error` (Firefox reports failures there instead of rejecting) into one.
 */
const RAW_INJECTION = {
  selector: "MemberExpression[property.name='executeScript']",
  message: 'Inject with injectFile / injectExtractor (src/shared/inject.ts): it checks every result for an error.',
};

/**
 * Iterating a live collection (`getElementsBy*`, `.children`) in the core: jsdom re-reads its
 * `length` at every step, each read a search of the whole collection, so the listing is quadratic.
 */
const LIVE_COLLECTION = "CallExpression[callee.property.name=/^getElementsBy/], MemberExpression[property.name='children']";
const LIVE_ITERATION = [
  `CallExpression[callee.object.name='Array'][callee.property.name='from'] > :matches(${LIVE_COLLECTION}).arguments`,
  `ForOfStatement > :matches(${LIVE_COLLECTION}).right`,
  `SpreadElement > :matches(${LIVE_COLLECTION}).argument`,
].map((selector) => ({ selector, message: 'List a live collection with arrayOf (src/core/dom-text.ts): iterating it is quadratic in jsdom.' }));

/**
 * Raw tree walks and reads in the core: on a page, a form's named controls shadow them (DOM
 * clobbering, issue 18: `<input name="parentNode">` turned a climb into an endless loop). The
 * core reads nodes through src/core/safe-dom.ts, the one file allowed these.
 */
const RAW_DOM_READS = [
  {
    selector:
      "MemberExpression[computed=false][property.name=/^(parentNode|parentElement|nextSibling|previousSibling|firstChild|lastChild|nextElementSibling|previousElementSibling|firstElementChild|lastElementChild|childNodes|children|tagName|nodeType|textContent|getAttribute)$/]",
    message: 'Read nodes through src/core/safe-dom.ts (parentOf, nextSiblingOf, tagOf, textOf, attrOf…): a form field can shadow this property.',
  },
];

export default defineConfig([
  // Root-level dotfiles and tmp-* are local scratch files, never committed.
  globalIgnores(['dist/', 'node_modules/', 'artifacts/', 'coverage/', '.*', 'tmp-*']),
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Scripts the e2e fixture pages load run in the page, not in Node.
    files: ['test/e2e/pages/**', 'test/fixtures/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, RAW_INJECTION], ...forbid('', []) },
  },
  {
    // The one place allowed to call executeScript.
    files: ['src/shared/inject.ts'],
    rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS] },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS, ...LIVE_ITERATION, ...RAW_DOM_READS],
      ...forbid('The core is pure: no extension, CLI or browser code.', [
        'shared',
        'content',
        'popup',
        'background',
        'options',
        'cli',
      ]),
    },
  },
  {
    // The one place the core reads DOM properties, through the prototypes' own getters.
    files: ['src/core/safe-dom.ts'],
    rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS, ...LIVE_ITERATION] },
  },
  {
    files: ['src/content/**'],
    rules: forbid('Content scripts run in web pages: no popup, background, options or CLI code.', [
      'popup',
      'background',
      'options',
      'cli',
    ]),
  },
  {
    files: ['src/popup/**', 'src/options/**', 'src/background/**'],
    rules: forbid('Extension pages and the background may not import content-script or CLI code.', [
      'content',
      'cli',
    ]),
  },
  {
    files: ['src/shared/**'],
    rules: forbid('Shared modules are imported by every context, so they may import none of them.', [
      'content',
      'popup',
      'background',
      'options',
      'cli',
    ]),
  },
  {
    files: ['src/cli/**'],
    rules: forbid('The CLI runs under Node: no extension code.', [
      'shared',
      'content',
      'popup',
      'background',
      'options',
    ]),
  },
  {
    // The seam itself.
    files: ['src/shared/browser.ts'],
    rules: forbid('', [], { polyfill: false }),
  },
]);
