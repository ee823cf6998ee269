import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.ts';
import { MAX_ELEMENTS } from '../../src/cli/limits.ts';
import { checkPageCost, countStartTags } from '../../src/cli/page-cost.ts';

const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('countStartTags', () => {
  it('counts start tags, not end tags, comments, doctypes or a lone <', () => {
    expect(countStartTags(bytes('<!doctype html><html><body><!-- c --><p class=a>x < y</p><IMG src=b></body></html>'))).toBe(4);
    expect(countStartTags(bytes(''))).toBe(0);
    expect(countStartTags(bytes('<'))).toBe(0);
  });

  it('stops counting once past the limit it is given', () => {
    expect(countStartTags(bytes('<b>'.repeat(1000)), 10)).toBe(11);
  });
});

describe('checkPageCost', () => {
  it('lets a page up to the element limit through and refuses one past it', () => {
    expect(() => checkPageCost(bytes('<b></b>'.repeat(5)), 'a.html', 5)).not.toThrow();
    expect(() => checkPageCost(bytes('<b></b>'.repeat(6)), 'a.html', 5)).toThrow(expect.objectContaining({
      code: ExitCode.overLimit,
      message: "'a.html' has too many elements (the limit is 5)",
    }));
  });

  it('refuses 1.3 M tiny elements in 10 MB at the default limit', () => {
    const page = bytes(`<html><body>${'<b></b>'.repeat(1_300_000)}</body></html>`);
    expect(() => checkPageCost(page, 'bomb.html')).toThrow(`'bomb.html' has too many elements (the limit is ${MAX_ELEMENTS.toLocaleString('en')})`);
  });
});
