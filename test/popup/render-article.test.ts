import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../shared/fake-browser.ts';
import { article } from './article-fixture.ts';
import { renderArticle } from '../../src/popup/render-article.ts';
import { formatDate } from '../../src/popup/format.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const PAGE = 'https://kabar.example/berita/1';

function popupDocument(): Document {
  return new JSDOM('<!doctype html><body></body>', { url: 'chrome-extension://bersih/popup/popup.html' }).window.document;
}

beforeEach(() => fake.reset());

describe('renderArticle', () => {
  it('renders title, metadata and the article structure', () => {
    const doc = popupDocument();
    const element = renderArticle(doc, article(), PAGE);
    doc.body.append(element);
    expect(element.querySelector('.article-title')?.textContent).toBe('Banjir Rob Genangi Pesisir Utara Jakarta');
    expect(element.lang).toBe('id');
    const meta = element.querySelector('.article-meta')?.textContent;
    expect(meta).toBe('Kabar Contoh · Rina Wulandari · March 14, 2026 · 4 min read');
    const body = element.querySelector('.article-body');
    expect(body?.querySelector('p')?.textContent).toBe('Banjir rob kembali menggenangi kawasan pesisir.');
    expect(body?.querySelector('h2')?.textContent).toBe('Warga mengungsi');
    expect([...(body?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(['Muara Baru', 'Kamal Muara']);
    expect(body?.querySelector('blockquote p')?.textContent).toBe('Air naik sejak subuh.');
    expect(body?.querySelector('figure img')?.getAttribute('src')).toBe('https://kabar.example/img/banjir.jpg');
    expect(body?.querySelector('figure img')?.getAttribute('alt')).toBe('Genangan air');
    expect(body?.querySelector('figcaption')?.textContent).toBe('Genangan di Muara Baru.');
    expect(body?.querySelector('a')?.getAttribute('href')).toBe('https://kabar.example/berita/2');
  });

  it('localises the date and reading time in Indonesian', () => {
    fake.setLocale('id');
    const element = renderArticle(popupDocument(), article(), PAGE);
    expect(element.querySelector('.article-meta')?.textContent).toBe(
      'Kabar Contoh · Rina Wulandari · 14 Maret 2026 · 4 menit baca',
    );
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-14T08:30:00+07:00');
  });

  it('falls back to the host name and leaves out missing metadata', () => {
    const element = renderArticle(popupDocument(), article({ siteName: null, byline: null, publishedTime: 'soon' }), PAGE);
    expect(element.querySelector('.article-meta')?.textContent).toBe('kabar.example · 4 min read');
  });

  it('renders hostile article HTML without any active content', () => {
    const hostile = [
      '<p>Aman.</p>',
      '<script>window.pwned = 1</script>',
      '<img src="x" onerror="window.pwned = 2">',
      '<a href="javascript:window.pwned = 3">klik</a>',
      '<a href="  JaVaScRiPt:alert(1)">klik</a>',
      '<iframe src="https://evil.example/"></iframe>',
      '<style>body { display: none }</style>',
      '<p style="position:fixed" onclick="alert(1)" class="x" id="main">gaya</p>',
      '<svg><script>alert(1)</script></svg>',
      '<form action="https://evil.example"><input name="q"><button>kirim</button></form>',
      '<object data="x.swf"></object><embed src="x.swf">',
      '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
      '<meta http-equiv="refresh" content="0;url=https://evil.example">',
      '<base href="https://evil.example/">',
      '<p><a href="https://ok.example/" target="_blank" onmouseover="alert(1)">baik</a></p>',
    ].join('');
    const doc = popupDocument();
    const element = renderArticle(doc, article({ html: hostile, title: '<img src=x onerror=alert(1)>' }), PAGE);
    doc.body.append(element);
    const all = [...element.querySelectorAll('*')];
    const tags = new Set(all.map((node) => node.localName));
    for (const tag of ['script', 'iframe', 'style', 'svg', 'form', 'input', 'button', 'object', 'embed', 'meta', 'base']) {
      expect(tags.has(tag), tag).toBe(false);
    }
    for (const node of all) {
      for (const attribute of node.getAttributeNames()) {
        expect(attribute.startsWith('on'), `${node.localName}[${attribute}]`).toBe(false);
      }
    }
    // Page styling and ids stay behind too: the popup's own CSS and ids must not be hijacked.
    for (const node of element.querySelectorAll('.article-body *')) {
      for (const attribute of ['style', 'class', 'id', 'target']) expect(node.hasAttribute(attribute), attribute).toBe(false);
    }
    const urls = all.flatMap((node) => ['href', 'src'].map((name) => node.getAttribute(name) ?? ''));
    expect(urls.filter((url) => /^\s*(javascript|data):/i.test(url))).toEqual([]);
    // The title is text, never markup.
    expect(element.querySelector('.article-title')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(element.querySelector('.article-title img')).toBeNull();
    expect(element.querySelector('.article-body')?.textContent).toContain('Aman.');
    expect(element.querySelector('a[href="https://ok.example/"]')?.textContent).toBe('baik');
    expect((doc.defaultView as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('formatDate', () => {
  it('formats in the given locale and refuses unparsable dates', () => {
    expect(formatDate('2026-01-05T00:00:00Z', 'en')).toBe('January 5, 2026');
    expect(formatDate('2026-01-05T00:00:00Z', 'id')).toBe('5 Januari 2026');
    expect(formatDate('kemarin', 'id')).toBeNull();
    expect(formatDate(null, 'id')).toBeNull();
  });
});
