import { afterAll, describe, expect, it } from 'vitest';
import { CliError, ExitCode } from '../../src/cli/exit-codes.ts';
import { failure, runPageJob } from '../../src/cli/page-job.ts';
import { articleHtml, tempDir } from './cli-harness.ts';
import { articlePage, PAGE_PARAGRAPHS } from './pages-harness.ts';

describe('runPageJob', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('renders a batch line with the manifest spelling of the file first', async () => {
    const path = tmp.write('taman.html', articleHtml());
    const outcome = await runPageJob({ file: path, name: 'taman.html', url: 'https://berita.example/taman', output: 'batch' });
    expect(outcome.ok).toBe(true);
    const line = JSON.parse(outcome.ok ? outcome.output : '{}') as Record<string, unknown>;
    expect(Object.keys(line).slice(0, 2)).toEqual(['file', 'url']);
    expect(line).toMatchObject({ file: 'taman.html', url: 'https://berita.example/taman', title: 'Kota Bangun Taman Baru di Tepi Sungai' });
  });

  it('takes bytes read elsewhere (stdin) and renders the asked format', async () => {
    const outcome = await runPageJob({ file: '-', raw: new Uint8Array(Buffer.from(articleHtml())), output: 'markdown' });
    expect(outcome).toMatchObject({ ok: true, output: expect.stringMatching(/^# Kota Bangun Taman Baru di Tepi Sungai\n\n/) });
  });

  it('joins an article\'s other pages in the same job, stdin first, and lists every file', async () => {
    const p2 = tmp.write('hal-2.html', articlePage(2));
    const p3 = tmp.write('hal-3.html', articlePage(3));
    const outcome = await runPageJob({
      file: '-', raw: new Uint8Array(Buffer.from(articlePage(1))), url: 'https://kota.example/artikel', output: 'batch',
      pages: [{ file: p2, name: 'hal-2.html' }, { file: p3, name: 'hal-3.html' }],
    });
    const line = JSON.parse(outcome.ok ? outcome.output : '{}') as { files?: string[]; text?: string };
    expect(line.files).toEqual(['-', 'hal-2.html', 'hal-3.html']);
    const at = PAGE_PARAGRAPHS.flat().map((p) => line.text?.indexOf(p) ?? -1);
    expect(at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]!))).toBe(true);
  });

  it('names the later page that is not HTML', async () => {
    const png = tmp.write('hal-2.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expect(await runPageJob({ file: tmp.write('hal-1.html', articlePage(1)), output: 'text', pages: [{ file: png, name: 'hal-2.png' }] })).toEqual({
      ok: false, code: ExitCode.notHtml, message: "'hal-2.png' is not HTML (PNG image)",
    });
  });

  it('answers instead of throwing', async () => {
    expect(await runPageJob({ file: `${tmp.dir}/none.html`, name: 'none.html', output: 'text' })).toEqual({
      ok: false, code: ExitCode.unreadable, message: "cannot read 'none.html': no such file",
    });
  });
});

describe('failure', () => {
  it('keeps a CliError, makes a stack overflow a page limit and anything else internal', () => {
    expect(failure(new CliError(ExitCode.noArticle, 'no article'), 'a.html')).toEqual({ ok: false, code: ExitCode.noArticle, message: 'no article' });
    expect(failure(new RangeError('Maximum call stack size exceeded'), 'a.html')).toEqual({
      ok: false, code: ExitCode.overLimit, message: "'a.html' is nested too deeply to extract",
    });
    expect(failure(new TypeError('x is undefined'), 'a.html')).toEqual({ ok: false, code: ExitCode.internal, message: 'internal error: x is undefined' });
  });
});
