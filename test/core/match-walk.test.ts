/**
 * The resumable walk behind `findMatches`: sliced as finely as can be, it must find exactly what
 * one pass finds (the auto-clean script slices big pages), and it must cope with a page that
 * changes between slices.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compileRules, findMatches, walkMatches, type Match } from '../../src/core/match.ts';
import { rulesFor } from '../../src/core/rules/index.ts';
import { listFixtures, parseFixture } from './fixtures.ts';

const URL_ = 'https://news.contoh.co.id/read/2024/05/12/banjir';

/** Each match as its rule id and the positions of its nodes among all nodes of `doc`. */
function positions(doc: Document, matches: Match[]): { rule: string; nodes: number[] }[] {
  const all: Node[] = [];
  const walker = doc.createTreeWalker(doc, 0xffffffff);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) all.push(n);
  return matches.map((m) => ({ rule: m.rule.id, nodes: m.nodes.map((n) => all.indexOf(n)) }));
}

/** Walks `root` in slices of `every` nodes; returns the matches and how many slices it took. */
function sliced(root: ParentNode, url: string, every: number): { matches: Match[]; slices: number } {
  const walk = walkMatches(root, compileRules(rulesFor(url)));
  const matches: Match[] = [];
  let slices = 0;
  while (!walk.done) {
    matches.push(...walk.next(() => true, every));
    slices++;
  }
  return { matches, slices };
}

function page(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: URL_ }).window.document;
}

describe('walkMatches', () => {
  const fixtures = listFixtures();

  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  for (const fixture of fixtures) {
    it(`finds what findMatches finds, in any slices: ${fixture.name}`, () => {
      const doc = parseFixture(fixture);
      const whole = positions(doc, findMatches(doc.body, compileRules(rulesFor(fixture.url))));
      for (const every of [1, 2, 5, 37]) {
        const { matches, slices } = sliced(doc.body, fixture.url, every);
        expect(positions(doc, matches), `in slices of ${every} nodes`).toEqual(whole);
        if (every === 1) expect(slices).toBeGreaterThan(10);
      }
    });
  }

  it('holds back a match that the next label takes in, even across slices', () => {
    // The empty slot is a match of its own until the label after it turns out to start the box.
    const doc = page(
      '<div class="box"><div class="rb-1"></div><p>Baca Juga: <a href="/a">Judul Berita Lain yang Terkait</a></p></div><p>Teks artikel.</p>',
    );
    const whole = findMatches(doc.body, compileRules(rulesFor(URL_)));
    expect(whole.map((m) => m.nodes)).toEqual([[doc.querySelector('.box')]]);
    for (const every of [1, 2, 3]) {
      expect(positions(doc, sliced(doc.body, URL_, every).matches)).toEqual(positions(doc, whole));
    }
  });

  it('asks shouldStop only every `every` nodes, and walks on where it stopped', () => {
    const doc = page(`${'<p>Teks artikel.</p>'.repeat(50)}<div class="rb-1"></div>`);
    const walk = walkMatches(doc.body, compileRules(rulesFor(URL_)));
    let asked = 0;
    const first = walk.next(() => ++asked === 2, 20);
    // 100 nodes before the slot: stopped on the second question, at node 40.
    expect(asked).toBe(2);
    expect(first).toEqual([]);
    expect(walk.done).toBe(false);
    const rest = walk.next(() => false, 20);
    expect(rest.map((m) => m.rule.id)).toEqual(['ad-rb-slot']);
    expect(walk.done).toBe(true);
    expect(walk.next(() => false)).toEqual([]);
  });

  it('does not find again what the caller removed between slices', () => {
    const doc = page(`${'<p>Teks artikel.</p><div class="rb-1"></div>'.repeat(20)}`);
    const walk = walkMatches(doc.body, compileRules(rulesFor(URL_)));
    let found = 0;
    while (!walk.done) {
      const slice = walk.next(() => true, 3);
      for (const m of slice) for (const n of m.nodes) n.parentNode!.replaceChild(doc.createComment(''), n);
      found += slice.length;
    }
    expect(found).toBe(20);
    expect(doc.querySelector('.rb-1')).toBeNull();
  });

  it('starts over at the top when the page removed the node it was to resume at', () => {
    const doc = page('<div class="rb-1"></div><p>teks</p><div id="w"><p>lagi</p></div><div class="rb-2"></div>');
    const walk = walkMatches(doc.body, compileRules(rulesFor(URL_)));
    let asked = 0;
    // Nodes: rb-1, p, "teks", div#w, p, "lagi"…: stops after the fifth, before visiting "lagi".
    const first = walk.next(() => ++asked === 5, 1);
    expect(first.map((m) => m.nodes[0])).toEqual([doc.querySelector('.rb-1')]);
    // The caller removes what it found; the page drops the box the walk was in.
    doc.querySelector('.rb-1')!.remove();
    doc.getElementById('w')!.remove();
    const rest = walk.next(() => false);
    expect(rest.map((m) => m.nodes[0])).toEqual([doc.querySelector('.rb-2')]);
    expect(walk.done).toBe(true);
  });

  it('walks an empty root without asking anything', () => {
    const doc = page('');
    const walk = walkMatches(doc.body, compileRules(rulesFor(URL_)));
    expect(walk.done).toBe(true);
    expect(walk.next(() => true, 1)).toEqual([]);
  });
});
