import { describe, expect, it } from 'vitest';
import { originPattern, toOrigin } from '../../src/shared/origins.ts';

describe('toOrigin', () => {
  it.each([
    ['https://www.detik.com/berita/d-123/judul', 'https://www.detik.com'],
    ['https://www.detik.com', 'https://www.detik.com'],
    ['  www.kompas.com  ', 'https://www.kompas.com'],
    ['HTTP://Example.COM/', 'http://example.com'],
    ['http://127.0.0.1:8080/page', 'http://127.0.0.1:8080'],
    ['http://localhost', 'http://localhost'],
  ])('%s → %s', (input, origin) => {
    expect(toOrigin(input)).toBe(origin);
  });

  it.each(['', 'not a site', 'ftp://example.com', 'javascript:alert(1)', 'file:///tmp/a.html', 'https://user:pw@example.com', 'intranet'])(
    'refuses %j',
    (input) => {
      expect(toOrigin(input)).toBeNull();
    },
  );
});

describe('originPattern', () => {
  it('covers every page of the origin, without the port (patterns cannot hold one)', () => {
    expect(originPattern('https://www.detik.com')).toBe('https://www.detik.com/*');
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
  });
});
