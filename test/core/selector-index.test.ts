/**
 * The selector index must answer exactly what `matches()` answers: for each element, the first
 * rule in table order whose selector matches it. Complex selectors are looked up by their subject,
 * so a wrong subject would silently lose a match; the tests compare the index with a brute-force
 * `matches()` over every element.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/core/rules/index.ts';
import type { SelectorRule } from '../../src/core/rules/types.ts';
import { indexSelectors, ruleForElement, subjectOf } from '../../src/core/selector-index.ts';
import { listFixtures, parseFixture } from './fixtures.ts';

function rule(id: string, selector: string): SelectorRule {
  return { kind: 'selector', id, selector, note: id, category: 'ad', fixture: '' };
}

/** The first rule whose selector `el` matches, by `matches()` alone. */
function bruteForce(el: Element, rules: SelectorRule[]): string | null {
  for (const r of rules) {
    try {
      if (el.matches(r.selector)) return r.id;
    } catch {
      // An unparseable selector matches nothing, as in the index.
    }
  }
  return null;
}

/** Rule ids per element, in document order, from the index and from `matches()`. */
function both(doc: Document, rules: SelectorRule[]): { indexed: (string | null)[]; expected: (string | null)[] } {
  const index = indexSelectors(rules);
  const elements = [...doc.getElementsByTagName('*')];
  return {
    indexed: elements.map((el) => ruleForElement(el, index)?.id ?? null),
    expected: elements.map((el) => bruteForce(el, rules)),
  };
}

describe('subjectOf', () => {
  it.each([
    ['div.entertainment-newsdetail-headlineimg div.copyright', 'div.copyright'],
    ['div.main > div.right', 'div.right'],
    ['h2 + p.lead', 'p.lead'],
    ['h2 ~ p', 'p'],
    ['p:has(> a.inner-link-baca-juga, > strong > a.inner-link-baca-juga)', 'p'],
    ['div.blocking:has(> div.title.small + ul.list-text)', 'div.blocking'],
    ['li:nth-child(2n+1)', 'li'],
    ['section a[title="x > y"]', 'a'],
    ['div[class~="a"] > span.b', 'span.b'],
    ['div:is(:not(.a) .b)', 'div'],
    [':is(.a, .b)', ''],
    ['div > *', '*'],
  ])('%s → %s', (selector, subject) => {
    expect(subjectOf(selector)).toBe(subject);
  });
});

describe('ruleForElement', () => {
  const page = new JSDOM(`<body>
    <div class="headline"><div class="copyright">© Foto</div><p class="copyright">x</p></div>
    <div class="copyright">outside</div>
    <div class="main"><div class="right">side</div><div><div class="right">nested</div></div></div>
    <p>Plain <a class="inner">link</a></p>
    <p><strong><a class="inner">bold link</a></strong></p>
    <p>No link</p>
    <ul><li>1</li><li>2</li><li>3</li><li>4</li></ul>
    <h2>Head</h2><p class="lead">Lead</p><p class="lead">Second</p>
    <div class="blocking"><div class="title small">Related</div><ul class="list-text"><li>a</li></ul></div>
    <div class="blocking"><ul class="list-text"><li>b</li></ul></div>
    <section><span data-x="1">a</span><em>b</em></section>
  </body>`).window.document;

  it('agrees with matches() on complex selectors, lists, pseudo-classes and `*` subjects', () => {
    const rules = [
      rule('descendant', 'div.headline div.copyright'),
      rule('child', 'div.main > div.right'),
      rule('has', 'p:has(> a.inner, > strong > a.inner)'),
      rule('nth', 'li:nth-child(2n+1)'),
      rule('adjacent', 'h2 + p.lead'),
      rule('has-sibling', 'div.blocking:has(> div.title.small + ul.list-text)'),
      rule('any-subject', 'section > *:not(em)'),
      rule('is', ':is(em, .lead)'),
      rule('list', 'ul > li:last-child, div.copyright'),
    ];
    const { indexed, expected } = both(page, rules);
    expect(indexed).toEqual(expected);
    // Every rule above fires somewhere: the comparison is not vacuous.
    expect(new Set(expected)).toEqual(new Set([...rules.map((r) => r.id), null]));
  });

  it('reports the earlier rule when a simple and a complex selector match the same element', () => {
    const { indexed, expected } = both(page, [rule('late-simple', 'p'), rule('early-complex', 'h2 + p')]);
    expect(indexed).toEqual(expected);
    expect(indexed).toContain('late-simple');
    const { indexed: swapped } = both(page, [rule('early-complex', 'h2 + p'), rule('late-simple', 'p')]);
    expect(swapped).toContain('early-complex');
  });

  it('matches nothing for a selector the engine cannot parse, and still applies the others', () => {
    const { indexed } = both(page, [rule('bad', 'p:unknown-pseudo(x)'), rule('good', 'p.lead')]);
    expect(indexed.filter(Boolean)).toEqual(['good', 'good']);
  });

  it('agrees with matches() for every rule table on every fixture', () => {
    const rules = allRules().filter((r): r is SelectorRule => r.kind === 'selector');
    for (const fixture of listFixtures()) {
      const { indexed, expected } = both(parseFixture(fixture), rules);
      expect(indexed, fixture.name).toEqual(expected);
    }
  });
});
