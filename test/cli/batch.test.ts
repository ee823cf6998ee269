import { afterAll, describe, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.ts';
import { articleHtml, bersih, NO_ARTICLE_HTML, PNG_BYTES, tempDir } from './cli-harness.ts';

describe.concurrent('bersih batch', { timeout: 120_000 }, () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('prints one JSON line per manifest entry and never stops on a bad page or line', async ({ expect }) => {
    tmp.write('good.html', articleHtml());
    tmp.write('menu.html', NO_ARTICLE_HTML);
    tmp.write('logo.png', PNG_BYTES);
    const manifest = tmp.write('pages.jsonl', [
      JSON.stringify({ file: 'good.html', url: 'https://berita.example/taman' }),
      JSON.stringify({ file: 'missing.html' }),
      '{not json',
      '',
      JSON.stringify({ file: 'menu.html', url: 'https://berita.example/menu' }),
      JSON.stringify({ url: 'https://berita.example/no-file' }),
      JSON.stringify({ file: 'logo.png' }),
      JSON.stringify({ file: `${tmp.dir}/good.html` }),
    ].join('\n'));
    // Relative paths resolve against the manifest's folder, not the working directory.
    const run = await bersih(['batch', manifest], { cwd: '/' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.ok);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({ file: 'good.html', url: 'https://berita.example/taman', title: 'Kota Bangun Taman Baru di Tepi Sungai' });
    expect(lines[0]!.text).toContain('Warga menyambut baik rencana itu.');
    expect(lines[1]).toEqual({ file: 'missing.html', error: "cannot read 'missing.html': no such file" });
    expect(lines[2]).toEqual({ file: null, error: 'manifest line 3: not valid JSON' });
    expect(lines[3]).toEqual({ file: 'menu.html', error: "no article found in 'menu.html'" });
    expect(lines[4]).toEqual({ file: null, error: 'manifest line 6: missing "file"' });
    expect(lines[5]).toEqual({ file: 'logo.png', error: "'logo.png' is not HTML (PNG image)" });
    expect(lines[6]).toMatchObject({ file: `${tmp.dir}/good.html`, url: expect.stringMatching(/^file:\/\//) });
  });

  it('gives the same lines in manifest order with one worker or several', async ({ expect }) => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    for (const [i, name] of names.entries()) tmp.write(`${name}.html`, i === 2 ? NO_ARTICLE_HTML : articleHtml({ title: `Berita ${name.toUpperCase()} Hari Ini di Kota` }));
    const manifest = tmp.write('five.jsonl', names.map((name) => JSON.stringify({ file: `${name}.html`, url: `https://berita.example/${name}` })).join('\n'));
    const [one, three] = await Promise.all([bersih(['batch', '--jobs', '1', manifest]), bersih(['batch', '--jobs', '3', manifest])]);
    expect(one.code).toBe(ExitCode.ok);
    expect(three.stdout).toBe(one.stdout);
    const lines = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.title ?? l.error)).toEqual([
      'Berita A Hari Ini di Kota', 'Berita B Hari Ini di Kota', "no article found in 'c.html'", 'Berita D Hari Ini di Kota', 'Berita E Hari Ini di Kota',
    ]);
  });

  it('decodes each page with the charset its manifest line gives', async ({ expect }) => {
    const html = articleHtml().replace('Warga menyambut', 'Di Caf\xe9 Warga menyambut');
    tmp.write('latin.html', Buffer.from(html, 'latin1'));
    const manifest = tmp.write('charsets.jsonl', [
      JSON.stringify({ file: 'latin.html', encoding: 'windows-1252' }),
      JSON.stringify({ file: 'latin.html', encoding: 5 }),
    ].join('\n'));
    const run = await bersih(['batch', '--jobs', '1', manifest]);
    expect(run.code).toBe(ExitCode.ok);
    const [latin, bad] = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(latin!.text).toContain('Di Café Warga menyambut');
    expect(bad).toEqual({ file: 'latin.html', error: 'manifest line 2: "encoding" must be a string' });
  });

  it('exits 7 with one stderr line when no page of the manifest was extracted', async ({ expect }) => {
    tmp.write('gallery.html', NO_ARTICLE_HTML);
    const manifest = tmp.write('none.jsonl', [JSON.stringify({ file: 'gallery.html' }), JSON.stringify({ file: 'gone.html' }), '[]'].join('\n'));
    const run = await bersih(['batch', manifest]);
    expect(run.code).toBe(ExitCode.noPageDone);
    expect(run.stderr).toBe('bersih: no page of 3 was extracted (see the "error" of each line)\n');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(3);
    // A manifest that lists nothing has nothing to fail.
    const empty = await bersih(['batch', tmp.write('empty.jsonl', '# nothing yet\n\n')]);
    expect(empty).toEqual({ code: ExitCode.ok, stdout: '', stderr: '' });
  });

  it('fails with exit 3 when the manifest itself cannot be read', async ({ expect }) => {
    const run = await bersih(['batch', `${tmp.dir}/nope.jsonl`]);
    expect(run.code).toBe(ExitCode.unreadable);
    expect(run.stderr).toMatch(/^bersih: cannot read '.*nope\.jsonl': no such file\n$/);
    expect(run.stdout).toBe('');
  });
});
