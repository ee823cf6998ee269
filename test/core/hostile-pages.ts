/**
 * Hostile inputs for the core's tests (issue 18): an article whose comment form has controls
 * named like DOM properties, and trees nested far past any real layout.
 */

const PARAGRAPHS = [
  'The regional council met on Tuesday to discuss the new flood defences along the river, which residents say are long overdue after two wet seasons.',
  'Engineers presented three options, each with a different cost and timeline, and the council asked for a public consultation before choosing one.',
  'Local shop owners told reporters that the last flood closed the market for a week, and that insurance no longer covers the ground floors.',
  'The consultation opens next month and runs for six weeks; the council expects to decide before the rainy season starts in November.',
];

/** Text of each article paragraph, to look for in the output. */
export const ARTICLE_TEXT = PARAGRAPHS.map((p) => p.slice(0, 40));
/** Text of the inserts, none of which may survive. */
export const INSERT_TEXT = ['Kabar lain yang dilewatkan', 'Promo hari ini di toko kami'];

/**
 * An article with a "Baca juga" insert before and inside a comment form whose controls are named
 * (or, with `attr` 'id', identified) as `prop`.
 */
export function clobberingPage(prop: string, attr: 'name' | 'id' = 'name'): string {
  const p = (i: number) => `<p>${PARAGRAPHS[i]}</p>`;
  return `<!doctype html><html lang="en"><head><title>Flood defences</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<article><h1>Flood defences</h1>${p(0)}${p(1)}
<div class="baca-juga">Baca juga: <a href="/other">${INSERT_TEXT[0]}</a></div>
${p(2)}${p(3)}
<form class="comment-form" action="/comment"><p>Leave a comment</p>
<input ${attr}="${prop}"><textarea ${attr === 'name' ? 'name' : 'id'}="${prop}"></textarea>
<p>Baca juga: <a href="/promo">${INSERT_TEXT[1]}</a></p>
<button ${attr}="${prop}">Send</button></form>
</article></body></html>`;
}

/** An article inside `depth` nested `<div>`s, as HTML to parse. */
export function deepPage(depth: number): string {
  const body = `<h1>Flood defences</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
  return `<!doctype html><html lang="en"><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${body}${'</div>'.repeat(depth)}</body></html>`;
}

/**
 * A tree `depth` divs deep holding the article, built from the inside out in `doc` and not
 * attached: inserting into a deep attached tree costs jsdom a recursion per level, and parsing
 * 20,000 levels overflows its stack before our code runs.
 */
export function deepTree(doc: Document, depth: number): Element {
  let inner: Element = doc.createElement('div');
  for (const text of PARAGRAPHS) {
    const p = doc.createElement('p');
    p.textContent = text;
    inner.append(p);
  }
  for (let i = 0; i < depth; i++) {
    const outer = doc.createElement(i % 3 === 0 ? 'section' : 'div');
    outer.append(inner);
    inner = outer;
  }
  return inner;
}
