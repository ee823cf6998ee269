/**
 * An article saved as several pages: `bersih extract P1 P2 P3` and a batch line's `"files"`
 * join them in the order given, each page's inserts removed and the repeated lead kept once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.ts';
import { bersih, NO_ARTICLE_HTML, tempDir } from './cli-harness.ts';
import { articlePage, PAGE_PARAGRAPHS } from './pages-harness.ts';

const ALL = PAGE_PARAGRAPHS.flat();
/** The profiled outlet's three saved pages (cnnindonesia: no single-page address, pages joined). */
const PROFILED = join(import.meta.dirname, '..', 'fixtures', 'pages-fetch-merge');
const PROFILED_FILES = ['source.html', 'page-2.html', 'page-3.html'].map((f) => join(PROFILED, f));

/** The prose paragraphs of the saved pages, each once, in page order (the repeated intro once). */
function profiledParagraphs(): string[] {
  const texts = PROFILED_FILES.flatMap((file) =>
    [...new JSDOM(readFileSync(file, 'utf8')).window.document.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()),
  );
  return [...new Set(texts.filter((t) => t.length > 80))];
}

describe.concurrent('multi-page articles in extract and batch', { timeout: 120_000 }, () => {
  const tmp = tempDir();
  const pages = [1, 2, 3].map((n) => tmp.write(`p${n}.html`, articlePage(n)));
  afterAll(() => tmp.cleanup());

  it('extract joins the saved pages given after the first, in order', async ({ expect }) => {
    const run = await bersih(['extract', '--url', 'https://kota.example/artikel', '--format', 'json', ...pages]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.ok);
    const result = JSON.parse(run.stdout) as { text: string; pages: number[]; removed: { rule: string }[] };
    expect(result.pages).toEqual([1, 2, 3]);
    const positions = ALL.map((p) => result.text.indexOf(p));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(result.text.match(/Jalur sepeda baru di pusat kota\./g)).toHaveLength(1);
    expect(result.text).not.toMatch(/Baca juga|Harga Cabai|Selanjutnya/);
    expect(result.removed.map((r) => r.rule)).toContain('pages-repeated-block');
  });

  it('extract joins a profiled outlet\'s saved pages: every paragraph once, in order, no insert, no page nav', async ({ expect }) => {
    const url = /url: (\S+)/.exec(readFileSync(PROFILED_FILES[0]!, 'utf8'))![1]!;
    const run = await bersih(['extract', '--url', url, '--format', 'json', ...PROFILED_FILES]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.ok);
    const result = JSON.parse(run.stdout) as { text: string; markdown: string; pages: number[] };
    expect(result.pages).toEqual([1, 2, 3]);
    const expected = profiledParagraphs();
    expect(expected.length).toBeGreaterThanOrEqual(9);
    const positions = expected.map((p) => result.text.indexOf(p));
    expect(positions.every((p) => p >= 0), result.text.slice(0, 300)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const p of expected) expect(result.text.split(p)).toHaveLength(2);
    expect(result.text).not.toMatch(/Baca Juga|Harga beras|Selanjutnya|Halaman/);
    expect(result.markdown.match(/\n---\n/g)).toHaveLength(2);
  });

  it('extract names the page without an article and prints nothing', async ({ expect }) => {
    const menu = tmp.write('menu.html', NO_ARTICLE_HTML);
    const run = await bersih(['extract', pages[0]!, menu]);
    expect(run.code).toBe(ExitCode.noArticle);
    expect(run.stderr).toBe(`bersih: no article found in '${menu}' (page 2)\n`);
    expect(run.stdout).toBe('');
  });

  it('batch joins a line\'s "files" and refuses a line with both "file" and "files"', async ({ expect }) => {
    const manifest = tmp.write('pages.jsonl', [
      JSON.stringify({ files: ['p1.html', 'p2.html', 'p3.html'], url: 'https://kota.example/artikel' }),
      JSON.stringify({ file: 'p1.html', files: ['p2.html'] }),
      JSON.stringify({ files: [] }),
      JSON.stringify({ files: ['p1.html', 'missing.html'] }),
    ].join('\n'));
    const run = await bersih(['batch', manifest], { cwd: '/' });
    expect(run.code).toBe(ExitCode.ok);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ file: 'p1.html', files: ['p1.html', 'p2.html', 'p3.html'], pages: [1, 2, 3] });
    for (const p of ALL) expect(lines[0]!.text).toContain(p);
    expect(lines[1]).toEqual({ file: 'p1.html', error: 'manifest line 2: give "file" or "files", not both' });
    expect(lines[2]).toEqual({ file: null, error: 'manifest line 3: "files" must be a non-empty list of paths' });
    expect(lines[3]).toEqual({ file: 'p1.html', error: "cannot read 'missing.html': no such file" });
  });
});
