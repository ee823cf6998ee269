import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CliError, ExitCode } from '../../src/cli/exit-codes.ts';
import { gunzipIfNeeded, MAX_BYTES, notHtmlReason, readStdinBytes } from '../../src/cli/read-input.ts';

const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('notHtmlReason', () => {
  it('accepts markup, with or without a doctype, BOM or leading comment', () => {
    expect(notHtmlReason(bytes('<!doctype html><p>hi'))).toBeNull();
    expect(notHtmlReason(bytes('\n\n  <html><body>x</body></html>'))).toBeNull();
    expect(notHtmlReason(bytes('\xef\xbb\xbf<!-- saved --><div>x</div>'))).toBeNull();
    expect(notHtmlReason(bytes('\xff\xfe<\x00p\x00>\x00'))).toBeNull();
  });

  it('names what the bytes are instead', () => {
    expect(notHtmlReason(new Uint8Array())).toBe('empty file');
    expect(notHtmlReason(bytes(' \n\t '))).toBe('only whitespace');
    expect(notHtmlReason(bytes('\x89PNG\r\n\x1a\n'))).toBe('PNG image');
    expect(notHtmlReason(bytes('%PDF-1.7'))).toBe('PDF document');
    expect(notHtmlReason(bytes('<p>\x00\x01\x02 hidden in binary'))).toBe('binary data');
    expect(notHtmlReason(bytes('a < b and c > d, but no tags'))).toBe('no HTML markup');
    expect(notHtmlReason(bytes('{"json": true}'))).toBe('no HTML markup');
  });
});

describe('gunzipIfNeeded', () => {
  it('gunzips by magic number and leaves other bytes alone', () => {
    expect(gunzipIfNeeded(gzipSync('<p>x</p>'), 'a').toString()).toBe('<p>x</p>');
    const plain = bytes('<p>x</p>');
    expect(gunzipIfNeeded(plain, 'a')).toBe(plain);
  });

  it('refuses corrupt gzip as not HTML and a gzip bomb as too large', () => {
    const corrupt = (): Buffer => gunzipIfNeeded(Buffer.from([0x1f, 0x8b, 8, 0, 9, 9]), 'x.gz');
    expect(corrupt).toThrow(CliError);
    expect(corrupt).toThrow("'x.gz' is not HTML (corrupt gzip data)");
    const bomb = gzipSync(Buffer.alloc(MAX_BYTES + 1));
    try {
      gunzipIfNeeded(bomb, 'bomb.gz');
      expect.unreachable();
    } catch (e) {
      expect((e as CliError).code).toBe(ExitCode.tooLarge);
    }
  });
});

describe('readStdinBytes', () => {
  it('concatenates chunks and stops past the cap', async () => {
    expect((await readStdinBytes(Readable.from([Buffer.from('<p>'), 'x</p>']))).toString()).toBe('<p>x</p>');
    const big = Readable.from([Buffer.alloc(MAX_BYTES), Buffer.alloc(1)]);
    await expect(readStdinBytes(big)).rejects.toMatchObject({ code: ExitCode.tooLarge });
  });
});
