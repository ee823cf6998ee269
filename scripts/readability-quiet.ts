/**
 * Takes Readability's debug logging out of the browser bundles: its `this.log(…)` statements and
 * the `if (this._debug)` blocks that build the logger. The core never passes `debug`, so in our
 * bundles each call only ever reached the empty function Readability puts in its place; their
 * message strings cost 1.8 KB of the extraction script's 120 KB budget
 * (test/scripts/bundle-budget.test.ts). Its branches for its own test DOM (`_docJSDOMParser`, set
 * only on a JSDOMParser document, never a browser's) go too: 0.3 KB.
 *
 * The plugin fails the build when Readability's source no longer has the shape it expects, rather
 * than ship a half-edited copy: a `this.log(` left behind means a call it could not parse.
 */
import type { Plugin } from 'vite';

/** Readability.js of @mozilla/readability, as a module id: what every edit of Readability rewrites. */
export const READABILITY_SOURCE = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;
// One statement `this.log(…);`, arguments nested up to two levels of brackets deep.
const LOG_CALL = /this\.log\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\);/g;
const DEBUG_TEST = /if \(this\._debug\)/g;
const JSDOM_PARSER_TEST = /this\._docJSDOMParser &&|if \(this\._docJSDOMParser\)/g;

/** Readability's source with its logging statements removed and its debug branches made dead. */
export function quietReadability(code: string): string {
  const out = code
    .replace(LOG_CALL, '')
    .replace(DEBUG_TEST, 'if (false)')
    .replace(JSDOM_PARSER_TEST, (test) => (test.startsWith('if') ? 'if (false)' : 'false &&'));
  const left = out.split('this.log(').length - 1;
  if (out === code || left > 0) throw new Error(`readability-quiet: Readability.js changed shape (${left} this.log( calls left); update scripts/readability-quiet.ts`);
  return out;
}

/** The Vite plugin: applies quietReadability to @mozilla/readability's Readability.js only. */
export function readabilityQuiet(): Plugin {
  return {
    name: 'bersih-readability-quiet',
    transform(code, id) {
      return READABILITY_SOURCE.test(id) ? { code: quietReadability(code), map: null } : null;
    },
  };
}
