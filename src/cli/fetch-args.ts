/** Arguments of `bersih fetch URL [--format F] [--no-pages] [--timeout S]`. */
import type { parseArgs } from 'node:util';
import type { CliError } from './exit-codes.ts';

const FORMATS = ['text', 'markdown', 'html', 'json'] as const;

export interface FetchCommand {
  kind: 'fetch';
  url: string;
  format: (typeof FORMATS)[number];
  /** False with `--no-pages`: page 1 only. */
  pages: boolean;
  /** Seconds one request may take. */
  timeout: number;
}

export const DEFAULT_FETCH_TIMEOUT_S = 20;

type Parse = (args: string[], options: NonNullable<Parameters<typeof parseArgs>[0]>['options'] & object) => {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
};

/** Parses the arguments after `fetch`; throws a usage `CliError` on anything else. */
export function parseFetchArgs(args: string[], parse: Parse, usageError: (message: string) => CliError): FetchCommand | { kind: 'help' } {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f', default: 'text' },
    'no-pages': { type: 'boolean' },
    timeout: { type: 'string', default: String(DEFAULT_FETCH_TIMEOUT_S) },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { kind: 'help' };
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw usageError(`unknown format '${format}' (text, markdown, html or json)`);
  if (positionals.length !== 1) throw usageError(positionals.length ? 'fetch takes one URL' : 'fetch needs a URL');
  let url: URL;
  try {
    url = new URL(positionals[0]!);
  } catch {
    throw usageError(`'${positionals[0]}' is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw usageError(`'${url.href}' must be http or https`);
  const timeout = Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) throw usageError(`--timeout '${String(values.timeout)}' must be seconds between 0 and 600`);
  return { kind: 'fetch', url: url.href, format: format as FetchCommand['format'], pages: !values['no-pages'], timeout };
}
