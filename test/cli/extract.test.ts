import { gzipSync } from 'node:zlib';
import { afterAll, describe, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.ts';
import { articleHtml, bersih, NO_ARTICLE_HTML, PNG_BYTES, tempDir } from './cli-harness.ts';

// Each case spawns the real CLI (tsx + jsdom start-up, slow on a busy machine): concurrent cases
// and a generous timeout.
describe.concurrent('bersih extract', { timeout: 120_000 }, () => {
  const tmp = tempDir();
  const article = tmp.write('taman.html', articleHtml());
  afterAll(() => tmp.cleanup());

  it('prints the title, a blank line and the cleaned text by default', async ({ expect }) => {
    const run = await bersih(['extract', article]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.ok);
    const [title, blank, ...body] = run.stdout.split('\n');
    expect(title).toBe('Kota Bangun Taman Baru di Tepi Sungai');
    expect(blank).toBe('');
    const text = body.join('\n');
    expect(text).toContain('Pemerintah kota mengumumkan rencana pembangunan taman baru');
    expect(text).toContain('Dinas lingkungan hidup juga akan menanam ratusan pohon');
    expect(text).not.toContain('Baca juga');
    expect(text).not.toContain('Harga Cabai');
    expect(text).not.toContain('Hak cipta');
  });

  it('prints every result field as JSON, with the canonical URL of the page', async ({ expect }) => {
    const page = tmp.write('canonical.html', articleHtml({ head: '<link rel="canonical" href="https://berita.example/kota/taman-baru">' }));
    const run = await bersih(['extract', '--format', 'json', page]);
    expect(run.code).toBe(ExitCode.ok);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    for (const key of ['title', 'byline', 'siteName', 'lang', 'publishedTime', 'excerpt', 'html', 'text', 'markdown', 'wordCount', 'readingMinutes', 'removed', 'readerable']) {
      expect(json, key).toHaveProperty(key);
    }
    expect(json.url).toBe('https://berita.example/kota/taman-baru');
    expect(json.lang).toBe('id');
    expect(json.removed).toEqual(expect.arrayContaining([expect.objectContaining({ text: expect.stringContaining('Harga Cabai') })]));
    // Relative links resolve against the canonical URL, not the temp file.
    expect(json.html).not.toContain('file:');
  });

  it('takes og:url when there is no canonical link', async ({ expect }) => {
    const og = tmp.write('og.html', articleHtml({ head: '<meta property="og:url" content="https://og.example/a">' }));
    expect(JSON.parse((await bersih(['extract', '-f', 'json', og])).stdout).url).toBe('https://og.example/a');
  });

  it('prefers --url over what the page declares, and falls back to the file URL', async ({ expect }) => {
    const og = tmp.write('og2.html', articleHtml({ head: '<meta property="og:url" content="https://og.example/a">' }));
    const forced = await bersih(['extract', '--url', 'https://given.example/b', '--format', 'json', og]);
    expect(JSON.parse(forced.stdout).url).toBe('https://given.example/b');
    expect(JSON.parse((await bersih(['extract', '--format', 'json', article])).stdout).url).toMatch(/^file:\/\/.*\/taman\.html$/);
  });

  it('reads gzip by its magic bytes, whatever the file is called', async ({ expect }) => {
    const gz = tmp.write('page.bin', gzipSync(articleHtml()));
    const run = await bersih(['extract', gz]);
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stdout).toContain('Warga menyambut baik rencana itu.');
  });

  it('decodes an undeclared UTF-8 page with one stray bad byte as UTF-8', async ({ expect }) => {
    const html = articleHtml().replace('<meta charset="utf-8">', '').replace('Warga menyambut', 'Di Café Warga menyambut');
    const [before, after] = html.split('Dinas lingkungan');
    const page = tmp.write('stray.html', Buffer.concat([Buffer.from(before!), Buffer.from([0xe9]), Buffer.from(`Dinas lingkungan${after!}`)]));
    const run = await bersih(['extract', page]);
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stdout).toContain('Di Café Warga menyambut');
    expect(run.stdout).not.toContain('CafÃ©');
  });

  it('takes the charset given with --encoding over what the page declares', async ({ expect }) => {
    const html = articleHtml().replace('Warga menyambut', 'Di Caf\xe9 Warga menyambut');
    const run = await bersih(['extract', '--encoding', 'iso-8859-1', tmp.write('latin.html', Buffer.from(html, 'latin1'))]);
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stdout).toContain('Di Café Warga menyambut');
  });

  it('reads stdin and prints Markdown under the title', async ({ expect }) => {
    const run = await bersih(['extract', '--format', 'markdown', '-'], { input: articleHtml() });
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stdout.startsWith('# Kota Bangun Taman Baru di Tepi Sungai\n\n')).toBe(true);
    expect(run.stdout).toContain('Warga menyambut baik rencana itu.');
  });

  it('prints a standalone HTML document with the sanitised article', async ({ expect }) => {
    const run = await bersih(['extract', '--format', 'html', article]);
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stdout).toMatch(/^<!doctype html>\n<html lang="id">/);
    expect(run.stdout).toContain('<h1>Kota Bangun Taman Baru di Tepi Sungai</h1>');
    expect(run.stdout).toContain('<p>Warga menyambut baik rencana itu.');
  });

  const failures: [string, () => string[], number, RegExp][] = [
    ['a missing file', () => ['extract', `${tmp.dir}/missing.html`], ExitCode.unreadable, /^bersih: cannot read '.*missing\.html': no such file\n$/],
    ['a directory', () => ['extract', tmp.dir], ExitCode.unreadable, /^bersih: cannot read '.*': is a directory\n$/],
    ['a PNG', () => ['extract', tmp.write('image.png', PNG_BYTES)], ExitCode.notHtml, /^bersih: '.*image\.png' is not HTML \(PNG image\)\n$/],
    ['an empty file', () => ['extract', tmp.write('empty.html', '')], ExitCode.notHtml, /^bersih: '.*empty\.html' is not HTML \(empty file\)\n$/],
    ['plain text', () => ['extract', tmp.write('notes.html', 'just some words, no markup at all\n')], ExitCode.notHtml, /^bersih: '.*notes\.html' is not HTML \(no HTML markup\)\n$/],
    ['corrupt gzip', () => ['extract', tmp.write('broken.gz', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]))], ExitCode.notHtml, /^bersih: '.*broken\.gz' is not HTML \(corrupt gzip data\)\n$/],
    ['a page without an article', () => ['extract', tmp.write('gallery.html', NO_ARTICLE_HTML)], ExitCode.noArticle, /^bersih: no article found in '.*gallery\.html'\n$/],
    ['an unknown format', () => ['extract', '--format', 'yaml', article], ExitCode.usage, /^bersih: unknown format 'yaml'.*\n$/],
    ['an unknown command', () => ['summarise', article], ExitCode.usage, /^bersih: unknown command 'summarise' \(see bersih --help\)\n$/],
  ];
  it.for(failures)('reports %s on one stderr line with its exit code', async ([, args, code, stderr], { expect }) => {
    const run = await bersih(args());
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(stderr);
    expect(run.stdout).toBe('');
  });

  it('refuses stdin over 50 MB', async ({ expect }) => {
    const run = await bersih(['extract', '-'], { input: Buffer.alloc(50 * 1024 * 1024 + 1, 0x20) });
    expect(run.code).toBe(ExitCode.tooLarge);
    expect(run.stderr).toBe("bersih: 'stdin' is too large (the limit is 50 MB)\n");
  });

  it('prints usage for --help and the package version for --version', async ({ expect }) => {
    const help = await bersih(['--help']);
    expect(help.code).toBe(ExitCode.ok);
    expect(help.stdout).toMatch(/^usage: bersih extract/);
    expect((await bersih(['--version'])).stdout).toMatch(/^bersih \d+\.\d+\.\d+\n$/);
  });
});
