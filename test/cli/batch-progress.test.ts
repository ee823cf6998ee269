/**
 * The batch's progress bar end to end: on a terminal's stderr (a pseudo-terminal made by
 * util-linux `script`) it shows pages/s and the time left and leaves stdout alone; on a pipe
 * stderr stays empty.
 */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.ts';
import { articleHtml, bersih, tempDir } from './cli-harness.ts';

const BIN = fileURLToPath(new URL('../../bin/bersih.js', import.meta.url));
const hasScript = ((): boolean => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Runs a shell command with a pseudo-terminal as its stderr; resolves with what the terminal showed. */
function onTerminal(command: string): Promise<{ code: number | null; shown: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, COLUMNS: '100' } });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, shown: Buffer.concat(out).toString('utf8') }));
    child.stdin.end();
  });
}

// ESC [ K: the bar clears the rest of its line.
const CLEAR_LINE = '\u001b\\[K';
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

describe.concurrent('bersih batch progress', { timeout: 120_000 }, () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const manifest = (name: string): string => {
    for (const n of ['a', 'b', 'c']) tmp.write(`${n}.html`, articleHtml({ title: `Berita ${n.toUpperCase()} Hari Ini di Kota` }));
    return tmp.write(name, ['a', 'b', 'c'].map((n) => JSON.stringify({ file: `${n}.html`, url: `https://berita.example/${n}` })).join('\n'));
  };

  it('writes nothing to stderr when it is not a terminal', async ({ expect }) => {
    const run = await bersih(['batch', '--jobs', '2', manifest('pipe.jsonl')]);
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  for (const memory of [[], ['--no-memory']]) {
    it.runIf(hasScript)(`draws a bar with pages/s and ETA on a terminal, stdout untouched (${memory.join(' ') || 'site memory'})`, async ({ expect }) => {
      const list = manifest(`tty${memory.length}.jsonl`);
      const outFile = `${tmp.dir}/out${memory.length}.jsonl`;
      const { code, shown } = await onTerminal(`${quote(process.execPath)} ${quote(BIN)} batch --jobs 2 ${memory.join(' ')} ${quote(list)} > ${quote(outFile)}`);
      expect(code, shown).toBe(0);
      expect(shown).toMatch(new RegExp(String.raw`\r\[#+\] 3/3 \d+\.\d pages/s ETA 0s${CLEAR_LINE}`));
      expect(shown).toMatch(/ 0\/3 0\.0 pages\/s ETA \?/);
      // The bar is erased at the end.
      expect(shown.endsWith('\r\x1b[K')).toBe(true);
      const lines = (await import('node:fs')).readFileSync(outFile, 'utf8').trimEnd().split('\n');
      expect(lines.map((l) => (JSON.parse(l) as { title: string }).title)).toEqual(['Berita A Hari Ini di Kota', 'Berita B Hari Ini di Kota', 'Berita C Hari Ini di Kota']);
    });
  }
});
