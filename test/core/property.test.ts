/**
 * Property tests: random and hostile documents never make the core throw, and whatever HTML it
 * returns is inert (no script/iframe, no event-handler attributes, no `javascript:` URLs).
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument, planTidy } from '../../src/core/index.ts';
import { sanitiseInPlace, sanitiseInto } from '../../src/core/sanitise.ts';

const { window } = new JSDOM('');
const parser = new window.DOMParser();
const URL_ = 'https://news.detik.com/berita/d-1/property';
const RUNS = 120;

const TAGS = [
  'p', 'div', 'a', 'span', 'script', 'iframe', 'img', 'style', 'svg', 'math', 'table', 'tr', 'td',
  'ul', 'li', 'b', 'article', 'section', 'form', 'input', 'object', 'embed', 'noscript', 'template',
  'figure', 'figcaption', 'h2', 'blockquote', 'select', 'textarea', 'video', 'base', 'meta', 'link',
  'frame', 'table', 'strong', 'ins', 'main', 'body', 'html',
];
const ATTRS = [
  'onerror="alert(1)"', 'onclick="alert(1)"', 'onload=alert(1)', 'ONMOUSEOVER="x()"', 'onfocus autofocus',
  'href="javascript:alert(1)"', 'href="  JaVaScRiPt:alert(1)"', 'href="java&#x09;script:alert(1)"',
  'href="&#106;avascript:alert(1)"', 'href="vbscript:msgbox(1)"', 'href="data:text/html,<script>alert(1)</script>"',
  'src="javascript:alert(1)"', 'src="x"', 'srcset="javascript:alert(1) 1x, /ok.png 2x"', 'data-src="javascript:alert(1)"',
  'style="background:url(javascript:alert(1))"', 'formaction="javascript:alert(1)"', 'action="javascript:alert(1)"',
  'srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"', 'xlink:href="javascript:alert(1)"', 'background="javascript:alert(1)"',
  'class="rb-1"', 'id="div-gpt-ad-1"', 'class="baca-juga"', 'data-ad="1"', 'class="paradetail"',
  'href="https://example.com/a"', 'href="/relative"', 'title="judul"', 'lang="id"', 'is="x-berita"',
];
const TEXTS = [
  'Baca juga:', 'Baca Juga: ', 'ADVERTISEMENT', 'SCROLL TO RESUME CONTENT', 'rb-1', '[Gambas:Video 20detik]',
  '&lt;script&gt;alert(1)&lt;/script&gt;', '&amp;&nbsp;&#0;&#xD800;&bogus;&#x110000;', '</p></div></body>',
  '<!-- komentar -->', ']]>', '\u0000\u200b\ufeff', 'Warga desa bergotong royong membangun jembatan baru. '.repeat(8),
  'lorem ipsum '.repeat(3000),
];

/** Random text, stripped of ':' so a literal "javascript:" can only come from our attributes. */
const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 40 }).map((s) => s.replace(/:/g, ' ')));

const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, text, tie('element')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.array(fc.constantFrom(...ATTRS), { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
    })
    .map(({ tag, attrs, children }) => `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${children.join('')}</${tag}>`),
}));

const PROSE = Array.from({ length: 4 }, (_, i) =>
  `<p>Paragraf ${i + 1}: pemerintah daerah menyiapkan program baru untuk membantu warga yang terdampak banjir, termasuk dapur umum, layanan kesehatan keliling, dan perbaikan rumah yang rusak ringan.</p>`,
);

/** Whole documents: plain, article-shaped (so an article is found), framesets, empty. */
const documentHtml = fc.oneof(
  node.map((b) => `<!doctype html><html><head><title>Judul</title></head><body>${b}</body></html>`),
  fc.array(node, { maxLength: 4 }).map((parts) =>
    `<!doctype html><html lang="id"><head><title>Berita</title></head><body><article><h1>Berita</h1>${PROSE.map((p, i) => p + (parts[i] ?? '')).join('')}</article></body></html>`,
  ),
  node.map((b) => `<html><frameset><frame src="javascript:alert(1)">${b}</frameset></html>`),
  fc.constantFrom('', '<body></body>', '<html></html>', '<!doctype html>', '<frameset></frameset>', '\u0000'),
  node,
);

function assertInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(html).not.toMatch(/javascript:/i);
  const parsed = parser.parseFromString(`<!doctype html><body>${html}`, 'text/html');
  expect(parsed.querySelector('script, iframe, frame, object, embed, style, form, svg, math, base, meta')).toBeNull();
  for (const el of Array.from(parsed.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.toLowerCase().startsWith('on'), `${el.localName}[${attr.name}]`).toBe(false);
      if (['href', 'src', 'srcset', 'cite'].includes(attr.name)) {
        expect(attr.value.replace(/[\s\p{Cc}]/gu, '')).toMatch(/^(?:https?:|mailto:|#|data:image\/)/i);
      }
    }
  }
}

describe('hostile and random documents', () => {
  it('never throw and only ever yield inert HTML', () => {
    let articles = 0;
    fc.assert(
      fc.property(documentHtml, (html) => {
        const doc = parser.parseFromString(html, 'text/html');
        const before = doc.documentElement?.outerHTML ?? '';
        const result = cleanDocument(doc, { url: URL_ });
        planTidy(doc, { url: URL_ });
        expect(doc.documentElement?.outerHTML ?? '').toBe(before);
        if (result) {
          articles++;
          assertInert(result.html);
          expect(result.markdown).not.toMatch(/javascript:/i);
        }
      }),
      { numRuns: RUNS, seed: 20240520 },
    );
    // The article-shaped branch must really reach the sanitiser, or this test proves little.
    expect(articles).toBeGreaterThan(0);
  }, 180_000);

  it('sanitising in place leaves the same HTML as sanitising a copy', () => {
    let changed = 0;
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), (parts) => {
        const doc = parser.parseFromString(`<!doctype html><body><div>${parts.join('')}</div>`, 'text/html');
        const root = doc.body.firstElementChild!;
        const before = root.innerHTML;
        const copy = doc.createElement('div');
        copy.append(sanitiseInto(root, doc, URL_));
        sanitiseInPlace(root, URL_);
        expect(root.innerHTML).toBe(copy.innerHTML);
        assertInert(root.innerHTML);
        if (root.innerHTML !== before) changed++;
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
    // Most random trees hold something the sanitiser removes or rewrites.
    expect(changed).toBeGreaterThan(RUNS / 2);
  });

  it('cleans a known-hostile article down to its prose', () => {
    const html = `<!doctype html><html><body><article><h1>Judul</h1>${PROSE.join(
      '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">klik</a><script>alert(1)</script><iframe src="https://evil.example"></iframe>',
    )}<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg></article></body></html>`;
    const result = cleanDocument(parser.parseFromString(html, 'text/html'), { url: URL_ });
    expect(result).not.toBeNull();
    assertInert(result!.html);
    expect(result!.text).toContain('Paragraf 4');
  });
});
