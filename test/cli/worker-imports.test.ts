/**
 * What a page worker loads before its first page: every module that src/cli/page-worker.ts
 * imports statically, followed file by file. jsdom is not among them (issue 17): imported by
 * format.ts for `extract --toc`, it cost each worker a second of CPU and 60 MB at start, which is
 * why `--jobs 2` ran slower than `--jobs 1`. It loads only with `BERSIH_DOM=jsdom`, dynamically.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../build-freshness.ts';

// `import x from '…'` and `export … from '…'`, not `import type`; dynamic `import()` is not static.
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm;

/** The packages and files `entry` loads statically, transitively (relative imports followed). */
function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!));
      else packages.add(spec!);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('a page worker', () => {
  it('loads no jsdom before its first page', () => {
    const { files, packages } = staticImports(resolve(REPO_ROOT, 'src/cli/page-worker.ts'));
    // The walk reaches the DOM the worker does load, so it would see jsdom beside it.
    expect(files).toContain(resolve(REPO_ROOT, 'src/cli/parse-linkedom.ts'));
    expect(packages).toContain('linkedom');
    expect([...packages].filter((p) => p === 'jsdom' || p.startsWith('jsdom/'))).toEqual([]);
  });
});
