import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { guardJsdomCss } from '../../src/cli/jsdom-css-guard.ts';

const SASS = 'calc(($a - $b) / 16 * 9)';

describe('jsdom CSS guard', () => {
  it('is installed on the jsdom the CLI parses with', () => {
    expect(guardJsdomCss()).toBe(true);
  });

  it('parses a page whose inline style jsdom cannot parse, dropping only that declaration', async () => {
    const page = parseHtml(`<p style="padding-top: ${SASS}; display: none">a</p><p style="width: ${SASS}">b</p>`);
    const [first, second] = Array.from(page.document.querySelectorAll('p'));
    expect(first!.style.display).toBe('none');
    expect(first!.style.paddingTop).toBe('');
    expect(first!.getAttribute('style')).toContain(SASS);
    expect(second!.style.cssText).toBe('');
    // Cloning sets the attribute again, which parses it again.
    expect((page.document.cloneNode(true) as Document).querySelectorAll('p')).toHaveLength(2);
    await page.close();
  });

  it('leaves valid styles as jsdom reads them', async () => {
    const page = parseHtml('<div style="width: calc(100% - 2px); color: red">x</div>');
    const div = page.document.querySelector('div')!;
    expect(div.style.color).toBe('red');
    expect(div.style.width).toBe('calc(100% - 2px)');
    await page.close();
  });

  it('treats the style set from script like the attribute', async () => {
    const page = parseHtml('<div>x</div>');
    const div = page.document.querySelector('div')!;
    div.setAttribute('style', `height: ${SASS}; display: block`);
    expect(div.style.display).toBe('block');
    await page.close();
  });
});
