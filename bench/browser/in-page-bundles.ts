/**
 * Builds the two scripts the browser benchmark evaluates in each page: our core and plain
 * Readability, each an IIFE made by Vite exactly as scripts/build.ts makes the content scripts
 * (es2022, minified), so the two are timed under the same conditions. The core's Readability has
 * the shipped edits (scripts/readability-quiet.ts, scripts/readability-byline.ts); the baseline is
 * the package as published.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { readabilityByline } from '../../scripts/readability-byline.ts';
import { readabilityQuiet } from '../../scripts/readability-quiet.ts';

export interface InPageBundles {
  /** Defines `window.BersihBenchCore = {cleanDocument, planTidy}`. */
  core: string;
  /** Defines `window.BersihBenchReadability = {Readability, isProbablyReaderable}`. */
  readability: string;
}

async function iife(entry: string, name: string, outDir: string, minify: boolean, plugins: Plugin[] = []): Promise<string> {
  const fileName = `${name}.js`;
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
    },
  });
  // `var Name = …` at the top level of an evaluated script becomes a global of the page.
  return readFile(join(outDir, fileName), 'utf8');
}

/**
 * Builds both bundles into a temporary folder and returns their source.
 * @param options `minify: false` keeps function names for a profile (default: minified, as shipped).
 */
export async function buildInPageBundles({ minify = true }: { minify?: boolean } = {}): Promise<InPageBundles> {
  const outDir = await mkdtemp(join(tmpdir(), 'bersih-bench-'));
  try {
    const here = import.meta.dirname;
    return {
      core: await iife(join(here, 'core-entry.ts'), 'BersihBenchCore', outDir, minify, [readabilityQuiet(), readabilityByline()]),
      readability: await iife(join(here, 'readability-entry.ts'), 'BersihBenchReadability', outDir, minify),
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
