/**
 * Packs the built extension into store-ready archives with web-ext (already a dev dependency):
 * dist/bersih-chrome.zip from dist/chrome and dist/bersih-firefox.zip from dist/firefox. The
 * Firefox build is linted first with addons.mozilla.org's rules (`web-ext lint`, which fails on
 * any error), so a zip that is written is one AMO's validator accepts.
 * Run `npm run build` first. Usage: npx tsx scripts/zip.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');
const webExt = join(root, 'node_modules', '.bin', 'web-ext');

for (const browser of ['chrome', 'firefox']) {
  const source = join(dist, browser);
  if (!existsSync(join(source, 'manifest.json'))) {
    throw new Error(`${source} has no manifest.json: run \`npm run build\` first`);
  }
  if (browser === 'firefox') {
    execFileSync(webExt, ['lint', '--source-dir', source, '--no-input', '--output', 'text'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const filename = `bersih-${browser}.zip`;
  execFileSync(
    webExt,
    ['build', '--source-dir', source, '--artifacts-dir', dist, '--filename', filename, '--overwrite-dest', '--no-input'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`dist/${filename}  ${statSync(join(dist, filename)).size} bytes`);
}
