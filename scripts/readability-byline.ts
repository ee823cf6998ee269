/**
 * Readability's `_isValidByline` reads `node.textContent` before it knows whether the node could
 * be a byline at all, and `_grabArticle` asks it of every node of the page until a byline is
 * found: the whole text of `<body>`, then of each wrapper below it, built and thrown away. In a
 * browser that is native and cheap; on the CLI's DOM (linkedom, where `textContent` is a walk in
 * JavaScript) it was 2% of a batch worker's time, plus the garbage (issue 17). This edit reads the
 * text only for a node whose `rel`, `itemprop` or class and id say "author". The answer is the
 * same: the test it moves ahead is a pure one (Readability's byline regex has no `g` flag).
 *
 * Applied by every build that bundles Readability (scripts/build.ts, scripts/build-cli.ts). The
 * plugin fails the build when the function no longer reads as below.
 */
import type { Plugin } from 'vite';
import { READABILITY_SOURCE } from './readability-quiet.ts';

const BEFORE = `    var bylineLength = node.textContent.trim().length;

    return (
      (rel === "author" ||
        (itemprop && itemprop.includes("author")) ||
        this.REGEXPS.byline.test(matchString)) &&
      !!bylineLength &&
      bylineLength < 100
    );`;

const AFTER = `    var bylineLength;

    return (
      (rel === "author" ||
        (itemprop && itemprop.includes("author")) ||
        this.REGEXPS.byline.test(matchString)) &&
      (bylineLength = node.textContent.trim().length) > 0 &&
      bylineLength < 100
    );`;

/** Readability's source with `_isValidByline` reading the text last. */
export function lazyBylineText(code: string): string {
  if (code.split(BEFORE).length !== 2) throw new Error('readability-byline: _isValidByline changed shape; update scripts/readability-byline.ts');
  return code.replace(BEFORE, AFTER);
}

/** The Vite plugin: applies lazyBylineText to @mozilla/readability's Readability.js only. */
export function readabilityByline(): Plugin {
  return {
    name: 'bersih-readability-byline',
    transform(code, id) {
      return READABILITY_SOURCE.test(id) ? { code: lazyBylineText(code), map: null } : null;
    },
  };
}
