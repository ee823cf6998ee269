/**
 * Reshape rules unwrap or reveal what their selectors find, in rule order, each rule seeing what
 * the ones before it changed; a selector that does not parse is skipped.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applyReshapes } from '../../src/core/reshape.ts';
import type { ReshapeRule } from '../../src/core/rules/types.ts';

function body(html: string): HTMLElement {
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document.body;
}

function rule(id: string, action: ReshapeRule['action'], selector: string): ReshapeRule {
  return { id, kind: 'reshape', action, selector, category: 'navigation', note: id, fixture: '' };
}

describe('applyReshapes', () => {
  it('unwraps every wrapper a selector list names, nested ones too, keeping the text in order', () => {
    const b = body('<div class="page"><div class="item"><p>Satu</p><div class="page"><p>Dua</p></div></div></div><p>Tiga</p>');
    expect(applyReshapes(b, [rule('pages', 'unwrap', 'div.page, div.item')])).toEqual(['pages']);
    expect(b.innerHTML).toBe('<p>Satu</p><p>Dua</p><p>Tiga</p>');
  });

  it('gives a later rule nothing its predecessor unwrapped', () => {
    const b = body('<div class="a b"><p>Teks</p></div>');
    expect(applyReshapes(b, [rule('first', 'unwrap', 'div.a'), rule('second', 'reveal', 'div.b')])).toEqual(['first']);
    expect(b.innerHTML).toBe('<p>Teks</p>');
  });

  it('lets a later rule find what a reveal changed', () => {
    const b = body('<div class="paging" hidden style="display: none; color: red"><p>Halaman 2</p></div>');
    const fired = applyReshapes(b, [rule('show', 'reveal', 'div.paging'), rule('unwrap-shown', 'unwrap', 'div[style="; color: red"]')]);
    expect(fired).toEqual(['show', 'unwrap-shown']);
    expect(b.innerHTML).toBe('<p>Halaman 2</p>');
  });

  it('takes selectors with combinators, and skips ones it cannot parse', () => {
    const b = body('<section><div class="wrap"><p>Isi</p></div></section><div class="wrap"><p>Lain</p></div>');
    expect(applyReshapes(b, [rule('bad', 'unwrap', 'div:nope('), rule('inner', 'unwrap', 'section > div.wrap')])).toEqual(['inner']);
    expect(b.innerHTML).toBe('<section><p>Isi</p></section><div class="wrap"><p>Lain</p></div>');
  });
});
