import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.ts';
import { formatResult } from '../../src/cli/format.ts';
import { cleanDocument } from '../../src/core/index.ts';
import { parsePage } from '../../src/cli/parse-page.ts';
import { USAGE } from '../../src/cli/usage.ts';

const SECTIONS = ['Latar Belakang', 'Rencana Kota', 'Tanggapan Warga'];
const PARAGRAPH =
  'Pemerintah kota mengumumkan rencana pembangunan taman baru di tepi sungai yang akan dibuka untuk umum tahun depan, dengan jalur sepeda, area bermain anak dan ratusan pohon peneduh. ';

function page(headings: readonly string[]): string {
  const sections = headings.map((h) => `<h2>${h}</h2><p>${PARAGRAPH.repeat(3)}</p><p>${PARAGRAPH.repeat(2)}</p>`).join('');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Taman Baru</title></head>
<body><article><h1>Taman Baru</h1><p>${PARAGRAPH.repeat(3)}</p>${sections}</article></body></html>`;
}

async function extracted(headings: readonly string[]) {
  // The CLI's DOM, as in `bersih extract`: the contents list is parsed into the same one.
  const parsed = parsePage(new TextEncoder().encode(page(headings)), 'https://berita.example/kota/taman-baru');
  try {
    const result = cleanDocument(parsed.document, { url: 'https://berita.example/kota/taman-baru' });
    if (!result) throw new Error('no article in the test page');
    return result;
  } finally {
    await parsed.close();
  }
}

describe('extract --toc', () => {
  it('is a flag of extract that needs --format markdown, and the help names it', () => {
    expect(parseCliArgs(['extract', '--toc', '-f', 'markdown', 'a.html'])).toMatchObject({ kind: 'extract', toc: true, format: 'markdown' });
    expect(parseCliArgs(['extract', '-f', 'markdown', 'a.html'])).not.toHaveProperty('toc');
    expect(() => parseCliArgs(['extract', '--toc', 'a.html'])).toThrow(/--toc needs --format markdown/);
    expect(USAGE).toContain('--toc');
  });

  it('puts a contents list after the title and leaves the body as the core wrote it', async () => {
    const result = await extracted(SECTIONS);
    const plain = formatResult(result, 'markdown');
    const withToc = formatResult(result, 'markdown', undefined, { toc: true });
    const list = ['- [Latar Belakang](#latar-belakang)', '- [Rencana Kota](#rencana-kota)', '- [Tanggapan Warga](#tanggapan-warga)'];
    expect(withToc).toBe(plain.replace('# Taman Baru\n\n', `# Taman Baru\n\n${list.join('\n')}\n\n`));
  });

  it('adds nothing to an article of two headings', async () => {
    const result = await extracted(SECTIONS.slice(0, 2));
    expect(formatResult(result, 'markdown', undefined, { toc: true })).toBe(formatResult(result, 'markdown'));
  });
});
