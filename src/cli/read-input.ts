/**
 * Reading a page for the CLI: from a file or stdin, gunzipped when the bytes say gzip (the magic
 * number, whatever the extension), size-capped, and sniffed so a PNG, an empty file or a plain
 * text file is refused with a clear message instead of "no article found".
 */
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { CliError, ExitCode } from './exit-codes.ts';
import { MAX_BYTES } from './limits.ts';

export { MAX_BYTES };

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (name: string, size?: number): CliError =>
  new CliError(ExitCode.tooLarge, `'${name}' is too large (${size ? `${mb(size)}; ` : ''}the limit is 50 MB)`);

function unreadable(name: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'is a directory'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
        : (e as Error).message;
  return new CliError(ExitCode.unreadable, `cannot read '${name}': ${why}`);
}

/** Reads a file's bytes, refusing directories and anything over the size cap before reading it. */
export async function readFileBytes(path: string, name = path): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > MAX_BYTES) throw tooLarge(name, info.size);
    return await readFile(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw unreadable(name, e);
  }
}

/** Reads all of stdin, stopping as soon as it exceeds the size cap. */
export async function readStdinBytes(stream: AsyncIterable<Buffer | string> = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_BYTES) throw tooLarge('stdin');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

const GZIP = [0x1f, 0x8b];
/** Magic numbers of binary formats people may feed us by mistake. */
const BINARY_MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data inside gzip', GZIP],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Gunzips `bytes` when they start with the gzip magic number; the output is size-capped too. */
export function gunzipIfNeeded(bytes: Buffer, name: string): Buffer {
  if (!startsWith(bytes, GZIP)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_BYTES });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw tooLarge(name);
    throw new CliError(ExitCode.notHtml, `'${name}' is not HTML (corrupt gzip data)`);
  }
}

/**
 * Why `bytes` are not an HTML page, or null when they look like one. Markup is required: some
 * `<tag`, `<!doctype` or `<!--` within the first 64 KB. UTF-16 pages (BOM) are let through.
 */
export function notHtmlReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
  for (const [what, magic] of BINARY_MAGIC) if (startsWith(bytes, magic)) return what;
  const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1');
  if (head.trim() === '') return 'only whitespace';
  // NUL bytes or many control characters: binary data (UTF-16 without BOM is not supported).
  // eslint-disable-next-line no-control-regex
  const control = head.match(/[\x00-\x08\x0e-\x1a\x1c-\x1f]/g)?.length ?? 0;
  if (head.includes('\x00') || control > head.length / 100) return 'binary data';
  if (!/<(?:[a-zA-Z]|!doctype|!--)/i.test(head)) return 'no HTML markup';
  return null;
}

/** Gunzips read bytes when needed and checks they are HTML; throws a `CliError` otherwise. */
export function checkPage(raw: Buffer, name: string): Buffer {
  const bytes = gunzipIfNeeded(raw, name);
  const reason = notHtmlReason(bytes);
  if (reason) throw new CliError(ExitCode.notHtml, `'${name}' is not HTML (${reason})`);
  return bytes;
}

/**
 * Reads a page (a path, or `-` for stdin) as checked HTML bytes; throws a `CliError` otherwise.
 * @param name how messages call the file (batch passes the manifest's spelling, not the resolved path)
 */
export async function readPage(file: string, name = file === '-' ? 'stdin' : file): Promise<Buffer> {
  return checkPage(file === '-' ? await readStdinBytes() : await readFileBytes(file, name), name);
}
