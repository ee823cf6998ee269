/**
 * A cheap look at what a page will cost before jsdom builds it: its start tags, counted on the
 * bytes. A DOM costs memory per element, whatever the page's size in bytes, so this is the cap
 * that stops a small page of a million empty tags (issue 18) before it takes a gigabyte.
 */
import { CliError, ExitCode } from './exit-codes.ts';
import { MAX_ELEMENTS } from './limits.ts';

const LT = 0x3c;

/**
 * Counts `<` followed by an ASCII letter: every start tag, plus the odd `a<b` in a script, so the
 * count errs high. ASCII-compatible encodings only; UTF-16 pages count as having none.
 */
export function countStartTags(bytes: Uint8Array, stopAfter = Infinity): number {
  let count = 0;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = buffer.indexOf(LT); i !== -1 && count <= stopAfter; i = buffer.indexOf(LT, i + 1)) {
    const next = (buffer[i + 1] ?? 0) | 0x20;
    if (next >= 0x61 && next <= 0x7a) count++;
  }
  return count;
}

/** Throws an `overLimit` `CliError` when the page has more start tags than `MAX_ELEMENTS`. */
export function checkPageCost(bytes: Uint8Array, name: string, maxElements = MAX_ELEMENTS): void {
  const tags = countStartTags(bytes, maxElements);
  if (tags > maxElements) {
    throw new CliError(ExitCode.overLimit, `'${name}' has too many elements (the limit is ${maxElements.toLocaleString('en')})`);
  }
}
