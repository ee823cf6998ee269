/**
 * The eval's shards (`--shard I/N`) cover the pages once between them, and `--merge` prints the
 * tables their saved results make together, as one run over all the pages would.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = ['detik-linksisip', 'antaranews-flybox', 'cnnindonesia-parallax'];
const work = mkdtempSync(join(tmpdir(), 'bersih-eval-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A readability-layout corpus of our own fixtures: each source page, with its expected text as the gold. */
function corpus(): string {
  const dir = join(work, 'corpus');
  for (const name of FIXTURES) {
    cpSync(join(ROOT, 'test/fixtures', name, 'source.html'), join(dir, name, 'source.html'));
    const text = readFileSync(join(ROOT, 'test/fixtures', name, 'expected.txt'), 'utf8');
    writeFileSync(join(dir, name, 'expected.html'), `<div>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</div>`);
  }
  return dir;
}

async function evalRun(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/eval.ts', ...args], { cwd: ROOT });
  return stdout;
}

const ids = (file: string): string[] => (JSON.parse(readFileSync(file, 'utf8')) as { pages: { id: string }[] }).pages.map((p) => p.id);
const table = (stdout: string): string => stdout.slice(0, stdout.indexOf('== pages where'));

describe('eval shards', () => {
  it('splits the pages between shards and merges their tables into the whole run\'s', async () => {
    const dir = corpus();
    const [one, two, whole] = ['1.json', '2.json', 'all.json'].map((f) => join(work, f)) as [string, string, string];
    const [, , all] = await Promise.all([
      evalRun(dir, '--scores-only', '--shard', '1/2', '--json', one),
      evalRun(dir, '--scores-only', '--shard', '2/2', '--json', two),
      evalRun(dir, '--scores-only', '--json', whole),
    ]);
    expect(ids(one)).toEqual(['antaranews-flybox', 'detik-linksisip']);
    expect(ids(two)).toEqual(['cnnindonesia-parallax']);
    const merged = await evalRun('--merge', one, two);
    expect(merged).toContain('eval: 3 pages merged from 2 files');
    // Scores and verdicts alike; the times differ run to run.
    const scores = (s: string): string => table(s).replace(/ {2}\d+\.\d {2,}/g, ' ms ').replace(/time ratio.*/g, '');
    expect(scores(merged)).toEqual(scores(all));
  }, 180_000);

  it('refuses a shard outside its count', async () => {
    await expect(evalRun('--shard', '3/2')).rejects.toThrow(/--shard needs I\/N/);
  });
});
