import { describe, expect, it } from 'vitest';
import { decodeHtml, encodingName, tallyUtf8 } from '../../src/cli/decode-html.ts';

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const page = (head: string, body: string): string => `<!doctype html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeHtml', () => {
  it('follows a byte order mark over everything else', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(page('<meta charset="windows-1252">', 'Café'))]);
    expect(decodeHtml(bytes, 'iso-8859-2')).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(decodeHtml(bytes).text).toContain('<p>Café</p>');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('', 'Café'), 'utf16le')]);
    expect(decodeHtml(utf16)).toMatchObject({ encoding: 'utf-16le', source: 'bom' });
    expect(decodeHtml(utf16).text).toContain('<p>Café</p>');
  });

  it('follows the transport charset over the page, and ignores an unknown label', () => {
    const bytes = latin1(page('<meta charset="utf-8">', 'Caf\xe9'));
    expect(decodeHtml(bytes, 'ISO-8859-1')).toMatchObject({ encoding: 'windows-1252', source: 'transport' });
    expect(decodeHtml(bytes, 'ISO-8859-1').text).toContain('<p>Café</p>');
    expect(decodeHtml(bytes, 'no-such-charset').source).not.toBe('transport');
  });

  it('keeps a page whose bytes are valid UTF-8 as UTF-8 whatever its meta says (re-saved pages)', () => {
    const bytes = utf8(page('<meta charset="gb2312">', 'Café 咖啡'));
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'utf-8', source: 'valid-utf8' });
    expect(decodeHtml(bytes).text).toContain('<p>Café 咖啡</p>');
  });

  it('prescans <meta charset> and http-equiv in the first 1024 bytes', () => {
    const legacy = latin1(page('<meta charset="windows-1252">', 'Caf\xe9 \x93quoted\x94'));
    expect(decodeHtml(legacy)).toMatchObject({ encoding: 'windows-1252', source: 'meta' });
    expect(decodeHtml(legacy).text).toContain('<p>Café “quoted”</p>');
    const sjis = Buffer.concat([latin1(page('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', '').split('<p>')[0]!), Buffer.from([0x93, 0xfa, 0x96, 0x7b])]);
    expect(decodeHtml(sjis)).toMatchObject({ encoding: 'shift_jis', source: 'meta' });
    expect(decodeHtml(sjis).text).toContain('日本');
    // Past the first 1024 bytes, a declaration is not seen (as in browsers): detection decides.
    const late = latin1(`<!doctype html><!--${'x'.repeat(1100)}--><meta charset="windows-1252"><p>Caf\xe9</p>`);
    expect(decodeHtml(late).source).toBe('detected');
  });

  it('detects undeclared UTF-8 with a stray bad byte as UTF-8, not windows-1252', () => {
    const bytes = Buffer.concat([utf8('<!doctype html><title>t</title><p>Café</p>'), Buffer.from([0xff]), utf8('<p>end</p>')]);
    const decoded = decodeHtml(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', source: 'detected' });
    expect(decoded.text).toContain('<p>Café</p>\ufffd<p>end</p>');
    expect(decoded.text).not.toContain('CafÃ©');
  });

  it('detects undeclared legacy text as windows-1252', () => {
    const decoded = decodeHtml(latin1(page('', 'Caf\xe9 cr\xe8me br\xfbl\xe9e')));
    expect(decoded).toMatchObject({ encoding: 'windows-1252', source: 'detected' });
    expect(decoded.text).toContain('Café crème brûlée');
  });
});

describe('tallyUtf8', () => {
  it('counts well-formed sequences and ill-formed bytes by the decoder ranges', () => {
    expect(tallyUtf8(utf8('a é 咖 😀'))).toEqual({ valid: 3, invalid: 0 });
    // Overlong, surrogate, lone continuation, truncated sequence.
    expect(tallyUtf8(Buffer.from([0xc0, 0xaf, 0x20, 0xed, 0xa0, 0x80, 0x20, 0x80, 0x20, 0xe2, 0x82]))).toMatchObject({ valid: 0 });
    expect(tallyUtf8(Buffer.from([0xc3, 0xa9, 0xe9, 0x20]))).toEqual({ valid: 1, invalid: 1 });
  });
});

describe('encodingName', () => {
  it('canonicalises WHATWG labels and rejects unknown ones', () => {
    expect(encodingName(' latin1 ')).toBe('windows-1252');
    expect(encodingName('UTF8')).toBe('utf-8');
    expect(encodingName('klingon')).toBeNull();
  });
});
