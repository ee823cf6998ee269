/**
 * A three-page article of our own for the CLI's multi-page tests, and a local HTTP server on
 * 127.0.0.1 (an OS-chosen port) that serves it: no test reaches any other address.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Three paragraphs per page, each unique, so order and duplicates are easy to check. */
export const PAGE_PARAGRAPHS = [1, 2, 3].map((page) =>
  [1, 2, 3].map((n) => `Halaman ${page} paragraf ${n}: pemerintah kota menata jalur sepeda di pusat kota, dan warga menyambut baik langkah itu karena jalan kini lebih aman untuk anak sekolah serta pedagang pasar.`),
);

/**
 * Page `page` of the article: a repeated lead, its paragraphs, a "Baca juga" insert and a
 * numbered nav with relative links (`?page=N`). `next` overrides the "Selanjutnya" target.
 */
export function articlePage(page: number, options: { next?: string | null; title?: string } = {}): string {
  const nums = [1, 2, 3].map((n) => (n === page ? `<span>${n}</span>` : `<a href="${n === 1 ? 'artikel' : `artikel?page=${n}`}">${n}</a>`));
  const nextHref = options.next === undefined ? (page < 3 ? `artikel?page=${page + 1}` : null) : options.next;
  const next = nextHref ? ` <a href="${nextHref}">Selanjutnya</a>` : '';
  const paragraphs = PAGE_PARAGRAPHS[page - 1]!.map((p) => `<p>${p}</p>`).join('\n');
  const title = options.title ?? 'Jalur Sepeda Kota Ditata Ulang';
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title></head>
<body><nav><a href="/">Beranda</a></nav><article><h1>${title}</h1>
<figure><img src="/lead.jpg" alt=""><figcaption>Jalur sepeda baru di pusat kota.</figcaption></figure>
${paragraphs}
<p><strong>Baca juga:</strong> <a href="/berita/lain">Harga Cabai Naik Menjelang Akhir Tahun</a></p>
<div class="pagination">Halaman ${nums.join(' ')}${next}</div>
</article><footer>Hak cipta 2026 Contoh Media</footer></body></html>`;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Request paths (with query) in the order they arrived, and their user agents. */
  requests: { path: string; userAgent: string | undefined }[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 that answers each path with `routes[path]` (404 otherwise). */
export async function localServer(routes: Record<string, Handler>): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', userAgent: req.headers['user-agent'] });
    const handler = routes[req.url ?? ''];
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<p>not here</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A handler sending `html` as UTF-8 HTML. */
export const html = (body: string, status = 200): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);
};
