/**
 * The run of same-kind sibling sections around Readability's text replaces it only when the
 * sections hold clearly more prose; card lists, comment threads and paragraph wrappers do not.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textLength } from '../../src/core/dom-text.ts';
import { dropTitleHeading, sectionRun, sourceParagraph } from '../../src/core/sections.ts';

const PROSE = (n: number): string => `<p>Section ${n} says something at length, in a paragraph that is long enough to count as prose here.</p>`;

function page(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
}

/** The run around `selector`, as if Readability had returned that section alone. */
function runAround(doc: Document, selector: string): Element[] | null {
  const section = doc.querySelector(selector)!;
  return sectionRun(section.querySelector('p')!, textLength(section));
}

describe('sectionRun', () => {
  it('returns the sibling sections around the chosen one', () => {
    const doc = page(`<div class="content">${[1, 2, 3, 4].map((n) => `<div class="sect1" id="s${n}">${PROSE(n)}</div>`).join('')}</div>`);
    expect(runAround(doc, '#s4')!.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('climbs past paragraph wrappers inside the chosen section', () => {
    const section = (n: number): string => `<div class="sect1" id="s${n}"><div class="paragraph">${PROSE(n)}</div><div class="paragraph">${PROSE(n)}</div></div>`;
    const doc = page(`<div class="content">${[1, 2, 3].map(section).join('')}</div>`);
    expect(runAround(doc, '#s2')).toHaveLength(3);
  });

  it('climbs through a page builder\'s nesting: row, inner row, container, column, text (nine levels)', () => {
    // A builder row nests its text eight wrappers deep (wcxb-dev 4255: rows of a CRM comparison).
    const nest = (inner: string): string => Array.from({ length: 8 }, (_, i) => `<div class="level${i}">`).join('') + inner + '</div>'.repeat(8);
    const row = (n: number): string => `<div class="builder-row" id="r${n}">${nest(PROSE(n).repeat(4))}</div>`;
    const doc = page(`<div class="body">${[1, 2, 3, 4].map(row).join('')}</div>`);
    const p = doc.querySelector('#r2 p')!;
    expect(sectionRun(p, textLength(doc.querySelector('#r2 .level7')!))!.map((s) => s.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('declines a run that deep when Readability has a third of its text or more (the page\'s own blocks beside a good article)', () => {
    const nest = (inner: string): string => Array.from({ length: 8 }, (_, i) => `<div class="level${i}">`).join('') + inner + '</div>'.repeat(8);
    const block = (n: number): string => `<div class="panel" id="b${n}">${nest(PROSE(n).repeat(4))}</div>`;
    const doc = page(`<div class="page">${[1, 2].map(block).join('')}</div>`);
    expect(sectionRun(doc.querySelector('#b1 p')!, textLength(doc.querySelector('#b1 .level7')!))).toBeNull();
  });

  it('takes a section whose prose is in a table\'s cells (a comparison chart between prose sections)', () => {
    const cell = (n: number): string => `<td>Option ${n} suits a growing business that wants one system for its sales, support and billing.</td>`;
    const doc = page(`<div class="body"><div class="row" id="r1">${PROSE(1).repeat(4)}</div>` +
      `<div class="row" id="r2"><table><tr>${cell(1)}${cell(2)}</tr><tr>${cell(3)}${cell(4)}</tr></table></div>` +
      `<div class="row" id="r3">${PROSE(3).repeat(4)}</div></div>`);
    expect(runAround(doc, '#r1')!.map((s) => s.id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('leaves out sign-up boxes and strips much smaller than the chosen section', () => {
    const doc = page(`<div class="content"><div class="sect1" id="s1">${PROSE(1).repeat(3)}</div>` +
      `<div class="sect1" id="s2">${PROSE(2).repeat(8)}</div><div class="sect1" id="s3">${PROSE(3).repeat(3)}</div>` +
      `<div class="sect1" id="form">${PROSE(4).repeat(3)}<input type="email"></div><div class="sect1" id="tiny">${PROSE(5)}</div></div>`);
    expect(runAround(doc, '#s2')!.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });

  it('takes sections whose only inputs are hidden, and leaves out those with a text area or a list box', () => {
    const section = (id: string, extra: string): string => `<div class="sect1" id="${id}">${PROSE(1).repeat(3)}${extra}</div>`;
    const doc = page(`<div class="content">${section('s1', '<input type="hidden" name="token"><input type="HIDDEN">')}` +
      `${section('s2', '')}${section('ask', '<textarea></textarea>')}${section('pick', '<select><option>a</option></select>')}` +
      `${section('s3', '<form><input type="hidden"></form>')}</div>`);
    expect(runAround(doc, '#s2')!.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });

  it('leaves out a section of five folded questions and answers or more after the article', () => {
    const faq = (n: number): string => `<div class="item"><div role="button">Question ${n}?</div><div role="region">${PROSE(n)}</div></div>`;
    const details = (n: number): string => `<details><summary>Question ${n}?</summary>${PROSE(n)}</details>`;
    const doc = page(`<main><section class="sec" id="s1">${PROSE(1).repeat(4)}</section><section class="sec" id="s2">${PROSE(2).repeat(4)}</section>` +
      `<section class="sec" id="faq"><h3>Have any questions?</h3>${[1, 2, 3, 4, 5].map(faq).join('')}</section>` +
      `<section class="sec" id="folded">${[1, 2, 3, 4, 5].map(details).join('')}</section>` +
      `<section class="sec" id="facts">${[1, 2, 3, 4].map(details).join('')}</section></main>`);
    expect(runAround(doc, '#s1')!.map((s) => s.id)).toEqual(['s1', 's2', 'facts']);
  });

  it('takes answers whose toggles are text-less menu buttons (a forum thread), not folded sections', () => {
    const menus = '<button aria-expanded="false"></button>'.repeat(5);
    const doc = page(`<div id="answers">${[1, 2, 3].map((n) => `<div class="answer" id="a${n}">${PROSE(n).repeat(3)}${menus}</div>`).join('')}</div>`);
    expect(runAround(doc, '#a1')!.map((s) => s.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('takes siblings that share a class, whatever their first one, and the items of a list', () => {
    const doc = page(`<div class="cell"><div class="so-panel widget" id="p1">${PROSE(1)}</div>` +
      `<div class="widget_text so-panel" id="p2">${PROSE(2).repeat(2)}</div><div class="so-panel widget" id="p3">${PROSE(3)}</div>` +
      `<div class="banner" id="other">${PROSE(4)}</div></div>` +
      `<ol>${[1, 2, 3].map((n) => `<li id="i${n}"><div class="text">${PROSE(n)}</div></li>`).join('')}<li class="ad" id="ad">${PROSE(4)}</li></ol>`);
    expect(runAround(doc, '#p2')!.map((s) => s.id)).toEqual(['p1', 'p2', 'p3']);
    expect(runAround(doc, '#i2')!.map((s) => s.id)).toEqual(['i1', 'i2', 'i3']);
  });

  it('takes no unclassed sibling into the run of a classed section', () => {
    const doc = page(`<main><section class="section" id="s1">${PROSE(1).repeat(3)}</section>` +
      `<section class="section wide" id="s2">${PROSE(2).repeat(3)}</section><section id="signup">${PROSE(3)}</section></main>`);
    expect(runAround(doc, '#s1')!.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('takes a section whose prose cites many links (a progress report\'s list of patches), and leaves out a list of links', () => {
    const cited = `<div class="sect1" id="s2"><p>This part links <a href="/a">its sources</a> and <a href="/b">the patches sent for review</a> through a paragraph long enough to be prose.</p></div>`;
    const links = `<div class="sect1" id="s3"><ul><li><a href="/c">${'A patch title that is a link '.repeat(3)}</a></li><li><a href="/d">${'Another patch title as a link '.repeat(3)}</a></li></ul>${PROSE(3)}</div>`;
    const doc = page(`<div class="content"><div class="sect1" id="s1">${PROSE(1)}</div>${cited}${links}</div>`);
    expect(runAround(doc, '#s1')!.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('declines a run of link cards', () => {
    const card = (n: number): string => `<div class="card" id="c${n}"><a href="/${n}">${PROSE(n)}</a></div>`;
    const doc = page(`<div class="grid">${[1, 2, 3].map(card).join('')}</div>`);
    expect(runAround(doc, '#c1')).toBeNull();
  });

  it('declines comment threads', () => {
    const doc = page(`<div class="comments">${[1, 2, 3].map((n) => `<div class="comment" id="m${n}">${PROSE(n)}</div>`).join('')}</div>`);
    expect(runAround(doc, '#m1')).toBeNull();
  });

  it('declines when Readability already has most of the text', () => {
    const doc = page(`<div class="content"><div class="sect1" id="a">${PROSE(1).repeat(6)}</div><div class="sect1">${PROSE(2)}</div></div>`);
    expect(runAround(doc, '#a')).toBeNull();
  });
});

describe('sourceParagraph', () => {
  it('leads from a paragraph of the clone back to the one in the input it was cloned from', () => {
    // The same text twice: a text search would stop at the teaser.
    const doc = page(`<p id="teaser">${'Shared opening words of the story. '.repeat(4)}</p><div><p>x</p><p id="body">${'Shared opening words of the story. '.repeat(4)}</p></div>`);
    const clone = doc.cloneNode(true) as Document;
    const cloned = Array.from(clone.getElementsByTagName('p'));
    const article = clone.createElement('div');
    article.append(clone.getElementById('body')!);
    expect(sourceParagraph(article, cloned, doc)).toBe(doc.getElementById('body'));
  });

  it('finds a paragraph by its text when Readability rebuilt the clone (its retries re-parse it)', () => {
    const doc = page(`<div><p>x</p><p id="body">${'Words of the story. '.repeat(6)}</p></div>`);
    const clone = doc.cloneNode(true) as Document;
    const cloned = Array.from(clone.getElementsByTagName('p'));
    const article = clone.createElement('div');
    article.innerHTML = clone.body.innerHTML;
    expect(sourceParagraph(article, cloned, doc)).toBe(doc.getElementById('body'));
  });

  it('looks inside a paragraph Readability made of a wrapper, heading and paragraphs and all', () => {
    const doc = page(`<div><span><h3>${'A heading. '.repeat(3)}</h3><p id="body">${'Words of the story. '.repeat(6)}</p></span></div>`);
    const clone = doc.cloneNode(true) as Document;
    const cloned = Array.from(clone.getElementsByTagName('p'));
    const article = clone.createElement('div');
    // Readability's div-to-paragraph step: the wrapper's only child, the span, now sits in a <p>.
    const made = clone.createElement('p');
    made.append(clone.querySelector('span')!);
    article.append(made);
    expect(sourceParagraph(article, cloned, doc)).toBe(doc.getElementById('body'));
  });

  it('finds none for a paragraph that is not in the input', () => {
    const doc = page(`<div>${PROSE(1)}</div>`);
    const clone = doc.cloneNode(true) as Document;
    const cloned = Array.from(clone.getElementsByTagName('p'));
    const article = clone.createElement('div');
    article.innerHTML = PROSE(2);
    expect(sourceParagraph(article, cloned, doc)).toBeNull();
  });
});

describe('dropTitleHeading', () => {
  it('takes out the heading that repeats the title, and no other', () => {
    const doc = page('<div id="a"><h1>Other words</h1><h1> The  Title </h1><p>Text.</p></div>');
    const root = doc.getElementById('a')!;
    dropTitleHeading(root, 'The Title');
    expect([...root.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Other words']);
    dropTitleHeading(root, null);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
  });
});
