/**
 * Builds the `bersih` command for Node with Vite's JS API:
 *
 *   src/cli/main.ts ────────► dist/cli/main.js          (what bin/bersih.js imports)
 *   src/cli/page-worker.ts ─► dist/cli/page-worker.js   (one per batch worker thread)
 *                             dist/cli/*-[hash].js      (shared and lazily imported chunks)
 *
 * ES modules, Node 20, unminified (stack traces stay readable). The dependencies are bundled, each
 * from where its importer finds it (linkedom's own css-select, not web-ext's): linkedom with one
 * patch (./linkedom-listeners.ts), Readability with another (./readability-byline.ts). jsdom
 * alone stays an import of node_modules: the package declares it, and it is loaded only with
 * `BERSIH_DOM=jsdom`. `--version` and `--help` must not load the DOM, so everything past
 * argument parsing is a dynamic import and lands in its own chunk. Written to a folder next to dist/cli first, then swapped in.
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { lazyLinkedomListeners } from './linkedom-listeners.ts';
import { readabilityByline } from './readability-byline.ts';

/** The folder the CLI is built into, relative to the repository root (listed in package.json `files`). */
export const CLI_DIR = 'dist/cli';

/** Builds src/cli into `root`/dist/cli. */
export async function buildCli(root: string): Promise<void> {
  const out = join(root, CLI_DIR);
  const next = `${out}.${process.pid}`;
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    // Bundled, so that linkedom's nodes can be made lighter (./linkedom-listeners.ts).
    ssr: { noExternal: true, external: ['jsdom'] },
    plugins: [lazyLinkedomListeners(), readabilityByline()],
    build: {
      // An SSR build targets Node and externalises every package import.
      ssr: true,
      outDir: next,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: {
          main: join(root, 'src/cli/main.ts'),
          'page-worker': join(root, 'src/cli/page-worker.ts'),
        },
        output: {
          format: 'es',
          // Flat, so `new URL('../../package.json', import.meta.url)` and the worker's file name
          // resolve the same from dist/cli/*.js as from src/cli/*.ts.
          entryFileNames: '[name].js',
          chunkFileNames: '[name]-[hash].js',
        },
      },
    },
  });
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
}
