/**
 * Builds the extension with Vite's JS API:
 *
 *   src/content/{extract,reader,speech,autoclean}.ts ► content/*.js   (IIFE: content scripts
 *                                                                       cannot be ES modules)
 *   src/background/index.ts ─────────────────────────► background.js  (IIFE: Chrome worker and
 *                                                                       Firefox event page alike)
 *   src/popup/popup.html, src/options/options.html ──► pages + assets/ (ES modules)
 *   src/popup/boot.ts ───────────────────────────────► popup/boot.js (IIFE: popup.html's first,
 *                                                                       classic script)
 *   public/ (icons, _locales) ───────────────────────► copied
 *   OpenDyslexic (./fonts.ts) ───────────────────────► fonts/ (with its licence)
 *
 * into a staging folder, then copies it to dist/chrome and dist/firefox with each browser's
 * manifest (see ./manifests.ts). `--test` also writes dist/test-chrome and dist/test-firefox for
 * the e2e tests: their content/speech.js is built again with `__BERSIH_TEST_SEAM__` true, which
 * lets a test page drive a fake speech engine (src/content/reader/speech/test-seam.ts); in the
 * shipped builds it is false and the seam is compiled out.
 * Prints every bundle's minified size at the end. Then builds the `bersih` command into dist/cli
 * (./build-cli.ts); `--cli` builds only that.
 *
 * Usage: npx tsx scripts/build.ts [--test | --cli]
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { build, type InlineConfig } from 'vite';
import { buildCli, CLI_DIR } from './build-cli.ts';
import { compactRules } from './compact-rules.ts';
import { copyFonts } from './fonts.ts';
import { readabilityByline } from './readability-byline.ts';
import { readabilityQuiet } from './readability-quiet.ts';
import { chromeManifest, firefoxManifest, testChromeManifest, type Manifest } from './manifests.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');
// Per process: helpers and the e2e setup may build at the same time.
const stage = join(dist, `.stage-${process.pid}`);

/**
 * A single-file script: entry, output file, global name, how it packs the rule tables
 * (./compact-rules.ts): `slim` (below), `packed` (the extraction script), or as written; and
 * whether it gets the native-API shim in place of the polyfill.
 */
type Script = [entry: string, file: string, name: string, rules?: 'slim' | 'packed', native?: boolean];

/**
 * The auto-clean script runs on every load of every page the user chose, so it has a budget
 * (32 KB minified, checked by test/scripts/bundle-budget.test.ts). Built slim, it gets the rule
 * tables without notes (./compact-rules.ts) and a small native-API shim in place of the polyfill
 * (src/shared/browser-native.ts).
 * The extraction script (120 KB) gets every rule table packed without notes too, reshape,
 * page-nav and detector rules included, and the same shim: content scripts only listen for
 * messages, send some and read storage, which is all the shim has to get right. The reader view,
 * injected when it first opens (content/reader.js), gets the shim as well: it also writes storage
 * and follows its changes, which the shim passes straight through.
 */
const SCRIPTS: Script[] = [
  ['src/content/extract.ts', 'content/extract.js', 'bersihExtract', 'packed', true],
  ['src/content/speech.ts', 'content/speech.js', 'bersihSpeech'],
  ['src/content/reader.ts', 'content/reader.js', 'bersihReader', undefined, true],
  ['src/content/autoclean.ts', 'content/autoclean.js', 'bersihAutoclean', 'slim', true],
  ['src/background/index.ts', 'background.js', 'bersihBackground'],
  // The popup's first script, classic so that it runs while popup.html is parsed (issue 17).
  ['src/popup/boot.ts', 'popup/boot.js', 'bersihPopupBoot', undefined, true],
];

const shared: InlineConfig = {
  configFile: false,
  root,
  logLevel: 'warn',
  // Library builds keep `process.env.NODE_ENV` by default; nothing in a browser defines it.
  // The extension's scripts run on a browser's DOM only (src/core/reader-tags.ts).
  define: { 'process.env.NODE_ENV': JSON.stringify('production'), __BERSIH_TEST_SEAM__: 'false', __BERSIH_NATIVE_DOM__: 'true' },
};

/** The read-aloud script, rebuilt for the test builds with the speech seam on. */
const TEST_SEAM_SCRIPT = SCRIPTS[1];

async function buildPages(): Promise<void> {
  await build({
    ...shared,
    root: join(root, 'src'),
    publicDir: join(root, 'public'),
    build: {
      outDir: stage,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      // The preload polyfill would add inline code; extension pages load modules from disk anyway.
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: {
          popup: join(root, 'src/popup/popup.html'),
          options: join(root, 'src/options/options.html'),
        },
      },
    },
  });
}

async function buildScript([entry, file, name, rules, native = false]: Script, outDir = stage, testSeam = false): Promise<void> {
  await build({
    ...shared,
    define: { ...shared.define, __BERSIH_TEST_SEAM__: String(testSeam) },
    publicDir: false,
    plugins: [readabilityQuiet(), readabilityByline(), ...(rules ? [compactRules(root, rules === 'packed')] : [])],
    resolve: {
      alias: [
        { find: /^@mozilla\/readability$/, replacement: join(root, 'scripts/readability-alone.js') },
        ...(native ? [{ find: 'webextension-polyfill', replacement: join(root, 'src/shared/browser-native.ts') }] : []),
      ],
    },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry: join(root, entry), formats: ['iife'], name, fileName: () => file },
      // Packing the rule tables takes a second or two, on purpose: no "slow plugin" warning.
      rolldownOptions: rules ? { checks: { bundlerTimings: false } } : {},
    },
  });
  await squeeze(join(outDir, file));
}

/**
 * A second, terser pass over a script Vite has minified: in three passes it finds what the first
 * leaves (1.2 KB of content/extract.js, 1%), room under the budgets for more detectors, and 1.1 KB
 * more with two transforms off by default: function declarations hoisted to the top of their scope,
 * and function expressions that use neither `this` nor `arguments` written as arrows. The second is
 * unsafe only for such a function called with `new` or read for its `prototype`; the bundles have
 * none (their constructors are classes, or use `this`), and the e2e tests run the built scripts.
 * Nothing assumes getters are pure.
 */
async function squeeze(path: string): Promise<void> {
  const compress = { ecma: 2022, passes: 3, hoist_funs: true, unsafe_arrows: true } as const;
  const { code } = await minify(readFileSync(path, 'utf8'), { ecma: 2022, compress });
  if (code === undefined) throw new Error(`terser gave no output for ${path}`);
  writeFileSync(path, code);
}

/**
 * content/extract-now.js: run by the popup right after content/extract.js, in the same
 * injection. Its one statement's value, the live extractor's `extract` answer (a promise, which
 * the browser waits for), is what the injection returns (src/shared/inject.ts). Written here, not
 * bundled: a bundle's wrapper would leave the script with no value.
 */
const EXTRACT_NOW = 'window.__bersihExtractNow?.();\n';

/** Writes dist/<folder> next to it first, then swaps it in, so no reader sees half a build. */
function writeVariant(folder: string, manifest: Manifest, from = stage): void {
  const out = join(dist, folder);
  const next = join(dist, `.${folder}-${process.pid}`);
  cpSync(from, next, { recursive: true });
  writeFileSync(join(next, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function printSizes(dir: string): void {
  const rows = files(dir)
    .filter((path) => /\.(js|css|html)$/.test(path))
    .map((path) => {
      const bytes = readFileSync(path);
      return [relative(dir, path), bytes.length, gzipSync(bytes).length] as const;
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`\nBundle sizes (minified bytes, gzip bytes) in ${relative(root, dir)}:`);
  for (const [name, bytes, gz] of rows) {
    console.log(`  ${name.padEnd(width)}  ${String(bytes).padStart(8)}  ${String(gz).padStart(7)}`);
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--cli')) {
    await buildCli(root);
    console.log(`Wrote ${CLI_DIR}.`);
    return;
  }
  const test = process.argv.includes('--test');
  const missing = SCRIPTS.map(([entry]) => entry).filter((entry) => !existsSync(join(root, entry)));
  if (missing.length > 0) throw new Error(`missing entry points: ${missing.join(', ')}`);
  await buildPages();
  for (const script of SCRIPTS) await buildScript(script);
  writeFileSync(join(stage, 'content/extract-now.js'), EXTRACT_NOW);
  copyFonts(root, stage);
  const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  writeVariant('chrome', chromeManifest(source));
  writeVariant('firefox', firefoxManifest(source));
  if (test && TEST_SEAM_SCRIPT) {
    const testStage = `${stage}-test`;
    cpSync(stage, testStage, { recursive: true });
    await buildScript(TEST_SEAM_SCRIPT, testStage, true);
    writeVariant('test-chrome', testChromeManifest(source), testStage);
    writeVariant('test-firefox', firefoxManifest(source), testStage);
    rmSync(testStage, { recursive: true, force: true });
  }
  printSizes(join(dist, 'chrome'));
  rmSync(stage, { recursive: true, force: true });
  await buildCli(root);
  console.log(`\nWrote dist/chrome, dist/firefox${test ? ', dist/test-chrome, dist/test-firefox' : ''}, ${CLI_DIR}.`);
}

main().catch((error: unknown) => {
  rmSync(stage, { recursive: true, force: true });
  rmSync(`${stage}-test`, { recursive: true, force: true });
  console.error(error);
  process.exitCode = 1;
});
