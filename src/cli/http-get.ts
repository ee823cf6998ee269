/**
 * One HTTP GET for `bersih fetch`: its own user agent, a timeout, a size cap read as the body
 * streams in, redirects followed (http and https only, at most 10), and the charset of the
 * Content-Type header. Every failure is a `CliError` whose exit code names its kind: no
 * connection, an HTTP error status, a timeout, too large, not HTML.
 */
import { CliError, ExitCode } from './exit-codes.ts';

export interface HttpPage {
  /** The address after redirects. */
  url: string;
  /** The page's bytes, decoded later as a browser would (./decode-html.ts). */
  body: Uint8Array;
  /** The Content-Type header's charset label, if it named one: the transport's encoding. */
  charset?: string;
}

export interface HttpOptions {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
}

const MAX_REDIRECTS = 10;
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/** Fetches `url` as an HTML page; throws a `CliError` with the failure's exit code. */
export async function httpGet(url: string, options: HttpOptions): Promise<HttpPage> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let target = url;
  try {
    for (let hops = 0; ; hops += 1) {
      const response = await getOnce(target, options.userAgent, signal);
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hops >= MAX_REDIRECTS) throw new CliError(ExitCode.network, `${url}: more than ${MAX_REDIRECTS} redirects`);
        target = redirectTarget(target, response.headers.get('location')!);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new CliError(ExitCode.httpError, `${target}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const type = response.headers.get('content-type') ?? '';
      if (type && !HTML_TYPES.test(type)) {
        await response.body?.cancel();
        throw new CliError(ExitCode.notHtml, `${target}: not HTML (${type.split(';')[0]!.trim()})`);
      }
      const bytes = await readCapped(response, options.maxBytes, target);
      const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1];
      return { url: target, body: bytes, ...(charset ? { charset } : {}) };
    }
  } catch (e) {
    throw asCliError(e, target, options.timeoutMs);
  }
}

/**
 * One request. A GET is idempotent, so one that fails because the server closed a kept-alive
 * connection just as it was reused (a race every HTTP client meets; the page takes a while to
 * clean between two fetches) is sent once more on a fresh connection.
 */
async function getOnce(url: string, userAgent: string, signal: AbortSignal): Promise<Response> {
  const init: RequestInit = {
    redirect: 'manual',
    signal,
    headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
  };
  try {
    return await fetch(url, init);
  } catch (e) {
    const code = (e as { cause?: { code?: string } }).cause?.code;
    if (signal.aborted || (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET')) throw e;
    return await fetch(url, init);
  }
}

function redirectTarget(from: string, location: string): string {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new CliError(ExitCode.network, `${from}: redirect to a bad address '${location}'`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new CliError(ExitCode.network, `${from}: redirect to '${next.protocol}' refused`);
  return next.href;
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = () => new CliError(ExitCode.tooLarge, `${url}: larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function asCliError(e: unknown, url: string, timeoutMs: number): CliError {
  if (e instanceof CliError) return e;
  const error = e as Error & { cause?: { code?: string; message?: string } };
  if (error.name === 'TimeoutError' || error.name === 'AbortError') {
    return new CliError(ExitCode.timeout, `${url}: no answer within ${timeoutMs / 1000} s`);
  }
  const code = error.cause?.code;
  const why = code === 'ECONNREFUSED' ? 'connection refused'
    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host not found'
      : code === 'ECONNRESET' ? 'connection reset'
        : error.cause?.message ?? error.message;
  return new CliError(ExitCode.network, `${url}: ${why}`);
}
