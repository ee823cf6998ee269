/**
 * Command-line parsing for `bersih`: argv (without `node` and the script) to a typed command.
 * Strict: an unknown command, flag or format is a usage error, never silently ignored.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, ExitCode } from './exit-codes.ts';
import { parseFetchArgs, type FetchCommand } from './fetch-args.ts';

export const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Limits given on the command line; absent ones take the defaults of limits.ts and the cores. */
export interface Limits {
  /** Seconds one page may take (`--timeout`). */
  timeout?: number;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({ kind: 'extract'; file: string; url?: string; format: OutputFormat; encoding?: string; strict?: boolean; toc?: boolean; pages?: string[] } & Limits)
  | ({ kind: 'batch'; manifest: string; jobs?: number; siteMemory: boolean } & Limits)
  | FetchCommand;

export const usageError = (message: string): CliError => new CliError(ExitCode.usage, `${message} (see bersih --help)`);

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    // node:util messages are long and mention internals; keep the first sentence.
    const text = e instanceof Error ? e.message.split('. ')[0]!.replace(/\.$/, '') : String(e);
    throw usageError(text.charAt(0).toLowerCase() + text.slice(1));
  }
}

/** Checks that `--url` is an absolute http(s) or file URL. */
function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError(`--url '${url}' is not an absolute URL`);
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) throw usageError(`--url '${url}' must be http, https or file`);
  return parsed.href;
}

/** Reads a whole number option in [min, max]. */
function count(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw usageError(`${flag} '${value}' must be a whole number from ${min} to ${max}`);
  return n;
}

/** Checks an encoding label against the decoders this Node knows (WHATWG labels). */
function checkEncoding(label: string): string {
  try {
    new TextDecoder(label.trim());
  } catch {
    throw usageError(`--encoding '${label}' is not an encoding this Node knows (try utf-8 or windows-1252)`);
  }
  return label.trim();
}

const TIMEOUT = { timeout: { type: 'string' } } as const;
const timeoutOf = (value: string | undefined): Limits => {
  const timeout = count('--timeout', value, 1, 3600);
  return timeout === undefined ? {} : { timeout };
};

/** Parses `bersih` arguments; throws a usage `CliError` on anything it does not understand. */
export function parseCliArgs(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { kind: 'help' };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first === 'extract') {
    const { values, positionals } = parse(rest, {
      url: { type: 'string' },
      format: { type: 'string', short: 'f', default: 'text' },
      encoding: { type: 'string' },
      strict: { type: 'boolean' },
      toc: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...TIMEOUT,
    });
    if (values.help) return { kind: 'help' };
    const format = values.format as string;
    if (!(FORMATS as readonly string[]).includes(format)) throw usageError(`unknown format '${format}' (text, markdown, html or json)`);
    if (values.toc && format !== 'markdown') throw usageError('--toc needs --format markdown');
    if (positionals.length === 0) throw usageError('extract needs a FILE (or - for stdin)');
    // More files are the article's other pages, in order (only the first may be stdin).
    const [file, ...pages] = positionals as [string, ...string[]];
    if (pages.includes('-')) throw usageError("only the first FILE may be '-' (stdin)");
    const url = typeof values.url === 'string' ? checkUrl(values.url) : undefined;
    const encoding = typeof values.encoding === 'string' ? checkEncoding(values.encoding) : undefined;
    return {
      kind: 'extract', file, format: format as OutputFormat,
      ...(url ? { url } : {}), ...(encoding ? { encoding } : {}), ...(values.strict ? { strict: true } : {}),
      ...(values.toc ? { toc: true } : {}),
      ...timeoutOf(values.timeout),
      ...(pages.length ? { pages } : {}),
    };
  }
  if (first === 'batch') {
    const { values, positionals } = parse(rest, {
      jobs: { type: 'string', short: 'j' },
      help: { type: 'boolean', short: 'h' },
      'no-memory': { type: 'boolean' },
      ...TIMEOUT,
    });
    if (values.help) return { kind: 'help' };
    if (positionals.length !== 1) throw usageError('batch takes one MANIFEST.jsonl');
    const jobs = count('--jobs', values.jobs, 1, 256);
    return {
      kind: 'batch', manifest: positionals[0]!, siteMemory: values['no-memory'] !== true,
      ...(jobs === undefined ? {} : { jobs }), ...timeoutOf(values.timeout),
    };
  }
  if (first === 'fetch') return parseFetchArgs(rest, parse, usageError);
  if (first.startsWith('-')) throw usageError(`unknown option '${first}'`);
  throw usageError(`unknown command '${first}'`);
}
