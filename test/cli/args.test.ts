import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.ts';
import { CliError, ExitCode } from '../../src/cli/exit-codes.ts';

/** The usage error `parseCliArgs` throws for `argv`, or a failure if it does not throw one. */
function usageError(argv: string[]): CliError {
  try {
    parseCliArgs(argv);
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

describe('parseCliArgs', () => {
  it('reads extract with its defaults', () => {
    expect(parseCliArgs(['extract', 'page.html'])).toEqual({ kind: 'extract', file: 'page.html', format: 'text' });
  });

  it('reads --url and --format in any order, and - for stdin', () => {
    expect(parseCliArgs(['extract', '--format', 'json', '-', '--url', 'https://example.com/a?b=1'])).toEqual({
      kind: 'extract', file: '-', format: 'json', url: 'https://example.com/a?b=1',
    });
    expect(parseCliArgs(['extract', '--format=markdown', 'a.html.gz'])).toMatchObject({ format: 'markdown' });
  });

  it('reads --strict', () => {
    expect(parseCliArgs(['extract', '--strict', 'page.html'])).toEqual({ kind: 'extract', file: 'page.html', format: 'text', strict: true });
    expect(() => parseCliArgs(['extract', '--strict=yes', 'page.html'])).toThrow();
  });

  it('reads more FILEs as the article\'s other pages, in order', () => {
    expect(parseCliArgs(['extract', 'p1.html', 'p2.html', 'p3.html'])).toEqual({
      kind: 'extract', file: 'p1.html', format: 'text', pages: ['p2.html', 'p3.html'],
    });
  });

  it('reads fetch with its defaults and flags', () => {
    expect(parseCliArgs(['fetch', 'http://127.0.0.1:8080/a'])).toEqual({
      kind: 'fetch', url: 'http://127.0.0.1:8080/a', format: 'text', pages: true, timeout: 20,
    });
    expect(parseCliArgs(['fetch', '--no-pages', '--format', 'markdown', '--timeout', '2.5', 'http://127.0.0.1/a'])).toEqual({
      kind: 'fetch', url: 'http://127.0.0.1/a', format: 'markdown', pages: false, timeout: 2.5,
    });
  });

  it('reads --encoding and --timeout for extract', () => {
    expect(parseCliArgs(['extract', '--encoding', ' Shift_JIS ', '--timeout', '5', 'a.html'])).toEqual({
      kind: 'extract', file: 'a.html', format: 'text', encoding: 'Shift_JIS', timeout: 5,
    });
  });

  it('reads batch with --jobs and --timeout, help and version', () => {
    expect(parseCliArgs(['batch', 'list.jsonl'])).toEqual({ kind: 'batch', manifest: 'list.jsonl', siteMemory: true });
    expect(parseCliArgs(['batch', '--no-memory', 'list.jsonl'])).toEqual({ kind: 'batch', manifest: 'list.jsonl', siteMemory: false });
    expect(parseCliArgs(['batch', '--jobs', '3', 'list.jsonl', '--timeout=20'])).toEqual({ kind: 'batch', manifest: 'list.jsonl', jobs: 3, timeout: 20, siteMemory: true });
    expect(parseCliArgs(['batch', '-j', '1', 'list.jsonl'])).toMatchObject({ jobs: 1 });
    expect(parseCliArgs([])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['extract', '--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it('refuses unknown commands, flags and formats with a usage error', () => {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /unknown command 'frobnicate'/],
      [['--verbose'], /unknown option '--verbose'/],
      [['extract', '--fmt', 'json', 'a.html'], /unknown option '--fmt'/],
      [['extract', '--format', 'pdf', 'a.html'], /unknown format 'pdf'/],
      [['extract'], /needs a FILE/],
      [['extract', 'a.html', '-'], /only the first FILE may be '-'/],
      [['fetch'], /fetch needs a URL/],
      [['fetch', 'http://127.0.0.1/a', 'http://127.0.0.1/b'], /fetch takes one URL/],
      [['fetch', 'file:///etc/passwd'], /must be http or https/],
      [['fetch', 'nope'], /not an absolute URL/],
      [['fetch', '--timeout', '0', 'http://127.0.0.1/a'], /--timeout '0'/],
      [['fetch', '--format', 'pdf', 'http://127.0.0.1/a'], /unknown format 'pdf'/],
      [['extract', '--url', 'not a url', 'a.html'], /not an absolute URL/],
      [['extract', '--url', 'javascript:alert(1)', 'a.html'], /must be http, https or file/],
      [['extract', 'a.html', '--url'], /argument missing/],
      [['batch'], /one MANIFEST/],
      [['batch', '--jobs', '0', 'a.jsonl'], /--jobs '0' must be a whole number from 1 to 256/],
      [['batch', '--jobs', 'many', 'a.jsonl'], /--jobs 'many' must be a whole number/],
      [['extract', '--timeout', '1.5', 'a.html'], /--timeout '1.5' must be a whole number from 1 to 3600/],
      [['extract', '--encoding', 'klingon', 'a.html'], /--encoding 'klingon' is not an encoding/],
    ];
    for (const [argv, message] of cases) {
      const error = usageError(argv);
      expect(error.code, argv.join(' ')).toBe(ExitCode.usage);
      expect(error.message, argv.join(' ')).toMatch(message);
      expect(error.message).toContain('see bersih --help');
    }
  });
});
