/**
 * A tiny static HTTP server on 127.0.0.1 (random port) for the real-browser tests and the
 * browser benchmark. Only loopback is ever served or contacted: pages are our own fixtures or
 * corpus files read from disk.
 */
import { createServer, type Server } from 'node:http';

/** What a route answers: a body and its headers. */
export interface Served {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

/** Maps a request path (with its query) to a response, or null for a 404. */
export type Resolver = (url: URL) => Promise<Served | null> | Served | null;

export interface StaticServer {
  /** `http://127.0.0.1:PORT` without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Starts the server; resolve errors become a 500 with the message, so a test sees them. */
export async function startStaticServer(resolve: Resolver): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    Promise.resolve(resolve(url)).then(
      (served) => {
        if (!served) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        res.writeHead(200, {
          'content-type': served.type ?? 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          ...served.headers,
        });
        res.end(served.body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      },
    );
  });
  // Browsers keep connections alive; without this, close() would wait for them.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Content types for the few file kinds we serve. */
export function typeOf(path: string): string {
  if (path.endsWith('.css')) return 'text/css; charset=utf-8';
  if (path.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (path.endsWith('.png')) return 'image/png';
  if (path.endsWith('.svg')) return 'image/svg+xml';
  return 'text/html; charset=utf-8';
}
