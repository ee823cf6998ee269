import { afterAll, describe, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.ts';
import { MAX_ELEMENTS, MEMORY_LIMIT_MB } from '../../src/cli/limits.ts';
import { articleHtml, bersih, tempDir } from './cli-harness.ts';

// Hostile and heavy pages (issue 18), generated here at run time: each ends in its article or
// one error line, within the time limit, and never ends the batch or the process.
const WORDS = 'Pemerintah kota mengumumkan rencana pembangunan taman baru di tepi sungai pada Senin pagi. ';
const TIMEOUT_S = 5;

/** 1.3 M empty elements in 10 MB: this ran Node out of memory (exit 134, a crash dump). */
const tinyBomb = (): string => `<html><body>${'<b></b>'.repeat(1_300_000)}</body></html>`;
/** 50 MB of text in a few elements: just under the byte cap; it peaked at 3.9 GB. */
const bigText = (): string => `<html><head><title>Teks</title></head><body><article><p>${WORDS.repeat(Math.floor(49.9 * 1024 * 1024 / WORDS.length))}</p></article></body></html>`;
/** An article inside `depth` nested divs: 2,000 took 224 s, 20,000 overflowed the stack. */
const deep = (depth: number): string =>
  `<html><head><title>Dalam</title></head><body>${'<div>'.repeat(depth)}<p>${WORDS.repeat(20)}</p><p>${WORDS.repeat(20)}</p>${'</div>'.repeat(depth)}</body></html>`;

const overLimit = (file: string): RegExp => new RegExp(
  `^'${file}' (took longer than the time limit \\(${TIMEOUT_S} s\\)|needs more memory than the limit \\(${MEMORY_LIMIT_MB} MB\\)|is nested too deeply to extract)$`,
);

describe.concurrent('bersih on pages over its limits', { timeout: 180_000 }, () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('keeps a batch going past a memory bomb, a 50 MB page and deep nesting, in manifest order', async ({ expect }) => {
    tmp.write('before.html', articleHtml());
    tmp.write('tiny-bomb.html', tinyBomb());
    tmp.write('big-text.html', bigText());
    tmp.write('deep-2000.html', deep(2_000));
    tmp.write('deep-20000.html', deep(20_000));
    tmp.write('after.html', articleHtml({ title: 'Taman Kota Dibuka untuk Umum' }));
    const files = ['before.html', 'tiny-bomb.html', 'big-text.html', 'deep-2000.html', 'deep-20000.html', 'after.html'];
    const manifest = tmp.write('hostile.jsonl', files.map((file) => JSON.stringify({ file })).join('\n'));
    const run = await bersih(['batch', '--jobs', '2', '--timeout', String(TIMEOUT_S), manifest]);
    // No crash dump, no "no page extracted" line: stderr stays empty and the batch succeeds.
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.ok);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[0]).toMatchObject({ title: 'Kota Bangun Taman Baru di Tepi Sungai' });
    expect(lines[1]).toEqual({ file: 'tiny-bomb.html', error: `'tiny-bomb.html' has too many elements (the limit is ${MAX_ELEMENTS.toLocaleString('en')})` });
    for (const line of lines.slice(2, 5)) {
      // Bounded either way: the article (once the core handles it) or one line naming the limit.
      if ('error' in line) expect(line.error).toMatch(overLimit(line.file as string));
      else expect(line.text).toContain('Pemerintah kota mengumumkan rencana pembangunan');
    }
    expect(lines[5]).toMatchObject({ file: 'after.html', title: 'Taman Kota Dibuka untuk Umum' });
  });

  it('makes extract of a page over a limit one stderr line and exit 6', async ({ expect }) => {
    const run = await bersih(['extract', tmp.write('bomb-2.html', tinyBomb())]);
    expect(run.code).toBe(ExitCode.overLimit);
    expect(run.stderr).toMatch(/^bersih: '.*bomb-2\.html' has too many elements \(the limit is [\d,]+\)\n$/);
    expect(run.stdout).toBe('');
  });
});
