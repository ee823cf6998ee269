/**
 * `bersih fetch` against a local server on 127.0.0.1: an article's pages found, fetched and
 * joined; --no-pages; a failing page named and the rest kept; a loop bounded; and each network
 * failure with its own exit code. No test touches any other address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.ts';
import { bersih } from './cli-harness.ts';
import { articlePage, html, localServer, PAGE_PARAGRAPHS, type LocalServer } from './pages-harness.ts';

const ALL = PAGE_PARAGRAPHS.flat();
/** The e2e tests' English article linked by rel=next/prev only (test/e2e/pages/sungai-N.html). */
const RIVER_PAGE = (n: number): string => readFileSync(join(import.meta.dirname, '..', 'e2e', 'pages', `sungai-${n}.html`), 'utf8');
const RIVER = [1, 2, 3].flatMap((p) => [1, 2, 3].map((m) => `River part ${p}, paragraph ${m}.`));

describe.concurrent('bersih fetch', { timeout: 120_000 }, () => {
  let server: LocalServer;
  const hanging: { end(): void }[] = [];
  const dropped = new Set<string>();

  beforeAll(async () => {
    server = await localServer({
      '/artikel': html(articlePage(1)),
      '/artikel?page=2': html(articlePage(2)),
      '/artikel?page=3': html(articlePage(3)),
      // A second article whose page 3 fails.
      '/rusak': html(articlePage(1).replace(/artikel/g, 'rusak')),
      '/rusak?page=2': html(articlePage(2).replace(/artikel/g, 'rusak')),
      '/rusak?page=3': html('<p>server error</p>', 500),
      // A loop: page 2 sends "Selanjutnya" back to page 1, page 3 to page 2.
      '/putar': html(articlePage(1).replace(/artikel/g, 'putar')),
      '/putar?page=2': html(articlePage(2, { next: 'putar' }).replace(/artikel/g, 'putar')),
      '/putar?page=3': html(articlePage(3, { next: 'putar?page=2' }).replace(/artikel/g, 'putar')),
      '/sungai': html(RIVER_PAGE(1)),
      '/sungai?page=2': html(RIVER_PAGE(2)),
      '/sungai?page=3': html(RIVER_PAGE(3)),
      '/lama': (_req, res) => void res.writeHead(301, { location: '/artikel' }).end(),
      '/ke-file': (_req, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
      '/gambar': (_req, res) => void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
      '/latin1': (_req, res) => {
        const page = articlePage(1).replace('<meta charset="utf-8">', '').replace(/artikel\?page=\d/g, '#').replace('Jalur Sepeda Kota', 'Kafé Kota');
        res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from(page, 'latin1'));
      },
      '/besar': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        for (let i = 0; i < 11; i += 1) res.write(chunk);
        res.end();
      },
      // The connection drops before an answer: once, then served (a stale kept-alive socket).
      '/putus-sekali': (req, res) => {
        if (dropped.has(req.url!)) return html(articlePage(1, { next: null }))(req, res);
        dropped.add(req.url!);
        req.socket.destroy();
      },
      '/putus': (req) => void req.socket.destroy(),
      // Never answers; the test's afterAll closes it.
      '/diam': (_req, res) => void hanging.push(res),
    });
  });
  afterAll(async () => {
    for (const res of hanging) res.end();
    await server.close();
  });

  it('fetches the pages of an article and joins them: every paragraph once, in order, no inserts', async ({ expect }) => {
    const run = await bersih(['fetch', `${server.origin}/artikel`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.ok);
    const positions = ALL.map((p) => run.stdout.indexOf(p));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const p of ALL) expect(run.stdout.split(p)).toHaveLength(2);
    expect(run.stdout.match(/Jalur sepeda baru di pusat kota\./g)).toHaveLength(1);
    expect(run.stdout).not.toMatch(/Baca juga|Harga Cabai|Selanjutnya|Hak cipta/);
    const paths = server.requests.map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['/artikel', '/artikel?page=2', '/artikel?page=3']));
    expect(server.requests.find((r) => r.path === '/artikel')?.userAgent).toMatch(/^bersih\/\d+\.\d+\.\d+ /);
  });

  it('joins an unknown outlet\'s pages linked by rel=next only, as Markdown, without their page nav', async ({ expect }) => {
    const run = await bersih(['fetch', '--format', 'markdown', `${server.origin}/sungai`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.ok);
    const positions = RIVER.map((p) => run.stdout.indexOf(p));
    expect(positions.every((p) => p >= 0), run.stdout.slice(0, 300)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const p of RIVER) expect(run.stdout.split(p)).toHaveLength(2);
    expect(run.stdout).not.toMatch(/Read also|Ferry timetable|Next page|Previous page/);
  });

  it('gives JSON with the pages joined and Markdown with page boundaries', async ({ expect }) => {
    const json = await bersih(['fetch', '--format', 'json', `${server.origin}/artikel`]);
    expect(json.code).toBe(ExitCode.ok);
    const result = JSON.parse(json.stdout) as { pages: number[]; missing: unknown[]; url: string; wordCount: number };
    expect(result.pages).toEqual([1, 2, 3]);
    expect(result.missing).toEqual([]);
    expect(result.url).toBe(`${server.origin}/artikel`);
    const md = await bersih(['fetch', '--format', 'markdown', `${server.origin}/artikel`]);
    expect(md.stdout.match(/\n---\n/g)).toHaveLength(2);
  });

  it('reads page 1 only with --no-pages', async ({ expect }) => {
    const run = await bersih(['fetch', '--no-pages', `${server.origin}/artikel`]);
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stdout).toContain(PAGE_PARAGRAPHS[0]![2]);
    expect(run.stdout).not.toContain(PAGE_PARAGRAPHS[1]![0]);
  });

  it('keeps what was joined and names the page that failed', async ({ expect }) => {
    const run = await bersih(['fetch', `${server.origin}/rusak`]);
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stderr).toBe(`bersih: page 3 missing (${server.origin}/rusak?page=3): ${server.origin}/rusak?page=3: HTTP 500 Internal Server Error\n`);
    for (const p of [...PAGE_PARAGRAPHS[0]!, ...PAGE_PARAGRAPHS[1]!]) expect(run.stdout).toContain(p);
    expect(run.stdout).not.toContain(PAGE_PARAGRAPHS[2]![0]);
  });

  it('fetches each page of a loop once', async ({ expect }) => {
    const run = await bersih(['fetch', `${server.origin}/putar`]);
    expect(run.code).toBe(ExitCode.ok);
    for (const p of ALL) expect(run.stdout.split(p)).toHaveLength(2);
    const loopPaths = server.requests.map((r) => r.path).filter((p) => p.startsWith('/putar'));
    expect(loopPaths.filter((p) => p === '/putar?page=2')).toHaveLength(1);
    expect(loopPaths.filter((p) => p === '/putar')).toHaveLength(1);
  });

  it('follows a redirect and reports the final address', async ({ expect }) => {
    const run = await bersih(['fetch', '--no-pages', '--format', 'json', `${server.origin}/lama`]);
    expect(run.code).toBe(ExitCode.ok);
    expect((JSON.parse(run.stdout) as { url: string }).url).toBe(`${server.origin}/artikel`);
  });

  it('sends a GET once more when the connection dropped before an answer', async ({ expect }) => {
    const run = await bersih(['fetch', '--no-pages', `${server.origin}/putus-sekali`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.ok);
    expect(server.requests.filter((r) => r.path === '/putus-sekali')).toHaveLength(2);
  });

  it('decodes the charset the server names', async ({ expect }) => {
    const run = await bersih(['fetch', '--no-pages', `${server.origin}/latin1`]);
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stdout.split('\n')[0]).toBe('Kafé Kota Ditata Ulang');
  });

  it('gives each failure its own exit code and one clear line', async ({ expect }) => {
    const closed = await localServer({});
    const refusedUrl = `${closed.origin}/artikel`;
    await closed.close();
    const cases: [string[], number, RegExp][] = [
      [[`${server.origin}/tidak-ada`], ExitCode.httpError, /tidak-ada: HTTP 404/],
      [[refusedUrl], ExitCode.network, /connection refused/],
      [[`${server.origin}/putus`], ExitCode.network, /other side closed/],
      [[`${server.origin}/ke-file`], ExitCode.network, /redirect to 'file:' refused/],
      [[`${server.origin}/gambar`], ExitCode.notHtml, /not HTML \(image\/png\)/],
      [[`${server.origin}/besar`], ExitCode.tooLarge, /larger than 10 MB/],
      [['--timeout', '0.5', `${server.origin}/diam`], ExitCode.timeout, /no answer within 0\.5 s/],
    ];
    const runs = await Promise.all(cases.map(([args]) => bersih(['fetch', ...args])));
    for (const [i, [args, code, message]] of cases.entries()) {
      expect(runs[i]!.code, args.join(' ')).toBe(code);
      expect(runs[i]!.stderr, args.join(' ')).toMatch(new RegExp(`^bersih: .*${message.source}.*\\n$`));
      expect(runs[i]!.stdout).toBe('');
    }
  });
});
