/**
 * A build-time patch of linkedom (pinned, package.json) for the `bersih` command: its nodes get
 * their listener table when one is first added, not when they are made.
 *
 * linkedom's EventTarget constructor puts a new Map for every node, attributes and text included,
 * into a module-private WeakMap. The CLI runs no page scripts and never listens to a node, yet a
 * batch worker spent 7% of its time in that constructor, and its collector more on the WeakMap's
 * entries (issue 17: 191 saved pages with `--jobs 1` took 26 s with this patch, 32–35 s without;
 * the same output). The map is private, so the constructor cannot be changed from outside: the
 * CLI bundles linkedom (scripts/build-cli.ts) and this rewrites its module as the bundle is made.
 * Listeners work as before: `addEventListener` makes the table, and the two readers of it accept
 * a node without one.
 */
import type { Plugin } from 'vite';

/** The module rewritten, as its path ends. */
export const EVENT_TARGET_MODULE = 'linkedom/esm/interface/event-target.js';

const EDITS: [from: string, to: string][] = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
  [
    '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);\n',
  ],
  ['    const map = wm.get(this);\n    if (map.has(type)) {', '    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];

/**
 * linkedom's event-target module with lazy listener tables. Throws when the source is not the one
 * this patch was written for (a linkedom upgrade): a build must not ship half a patch.
 */
export function lazyListeners(source: string): string {
  let out = source;
  for (const [from, to] of EDITS) {
    if (out.split(from).length !== 2) throw new Error(`linkedom-listeners: ${EVENT_TARGET_MODULE} changed; no single '${from.trim().split('\n')[0]}'`);
    out = out.replace(from, to);
  }
  return out;
}

/**
 * The Vite plugin applying `lazyListeners` to linkedom's module. linkedom must be bundled: a build
 * that never met the module fails.
 */
export function lazyLinkedomListeners(): Plugin {
  let patched = false;
  return {
    name: 'bersih-lazy-linkedom-listeners',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(EVENT_TARGET_MODULE)) return null;
      patched = true;
      return lazyListeners(code);
    },
    buildEnd(error) {
      if (!error && !patched) throw new Error(`linkedom-listeners: the build did not bundle ${EVENT_TARGET_MODULE}`);
    },
  };
}
