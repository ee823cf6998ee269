/**
 * React streaming server rendering: segments sent at the end of the body are moved where the
 * browser would show them, whether the page kept its `$RC`/`$RS` calls or was saved mid-stream.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { resolveStreamedSegments } from '../../src/core/streamed.ts';

function doc(body: string): Document {
  return new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).window.document;
}

describe('resolveStreamedSegments', () => {
  it('replaces a boundary fallback with its segment, as $RC does', () => {
    const d = doc('<main><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--><p>After</p></main>' +
      '<div hidden id="S:0"><p>Article</p></div><script>$RC("B:0","S:0")</script>');
    expect(resolveStreamedSegments(d)).toBe(1);
    expect(d.querySelector('main')!.textContent).toBe('ArticleAfter');
    expect(d.querySelector('[hidden]')).toBeNull();
  });

  it('removes a fallback with nested boundaries up to its own closing marker', () => {
    const d = doc('<main><!--$?--><template id="B:1"></template><!--$--><p>inner</p><!--/$--><p>spinner</p><!--/$--><p>kept</p></main>' +
      '<div hidden id="S:4"><p>Body</p></div><script>$RC("B:1","S:4")</script>');
    resolveStreamedSegments(d);
    expect(d.querySelector('main')!.textContent).toBe('Bodykept');
  });

  it('fills a placeholder with its segment, as $RS does, and follows calls in document order', () => {
    const d = doc('<main><template id="P:1"></template><p>end</p></main>' +
      '<div hidden id="S:1"><p>first</p><template id="P:2"></template></div><script>$RS("S:1","P:1")</script>' +
      '<div hidden id="S:2"><p>second</p></div><script>$RS("S:2","P:2")</script>');
    expect(resolveStreamedSegments(d)).toBe(2);
    expect(d.querySelector('main')!.textContent).toBe('firstsecondend');
    expect(d.querySelector('template')).toBeNull();
  });

  it('reads the external runtime form, <template data-rci>', () => {
    const d = doc('<main><!--$?--><template id="B:0"></template><p>wait</p><!--/$--></main>' +
      '<div hidden id="S:0"><p>Story</p></div><template data-rci="" data-bid="B:0" data-sid="S:0"></template>');
    resolveStreamedSegments(d);
    expect(d.querySelector('main')!.textContent).toBe('Story');
  });

  it('pairs segments by number on a page saved without the calls', () => {
    const d = doc('<main><template id="B:1"></template><p>skeleton</p></main>' +
      '<div hidden id="S:1"><p>One</p><template id="P:2"></template></div><div hidden id="S:2"><p>Two</p></div>');
    expect(resolveStreamedSegments(d)).toBe(2);
    expect(d.querySelector('main')!.textContent).toBe('OneTwoskeleton');
  });

  it('leaves a page alone when nothing is streamed, or a segment has no partner', () => {
    const plain = doc('<div hidden id="note"><p>hidden note</p></div><p>text</p>');
    const orphan = doc('<p>text</p><div hidden id="S:9"><p>orphan</p></div>');
    const before = [plain.body.innerHTML, orphan.body.innerHTML];
    expect(resolveStreamedSegments(plain)).toBe(0);
    expect(resolveStreamedSegments(orphan)).toBe(0);
    expect([plain.body.innerHTML, orphan.body.innerHTML]).toEqual(before);
  });
});
