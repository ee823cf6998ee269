/**
 * scripts/linkedom-listeners.ts: the CLI's linkedom makes a node's listener table at its first
 * listener, listeners still work as linkedom's own, and the edit fails loudly on a source it does
 * not know.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { Event } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { EVENT_TARGET_MODULE, lazyListeners } from '../../scripts/linkedom-listeners.ts';

const require = createRequire(import.meta.url);
// linkedom's exports map hides its files: found from its package.json.
const SOURCE_PATH = join(dirname(require.resolve('linkedom/package.json')), EVENT_TARGET_MODULE.replace('linkedom/', ''));
const source = readFileSync(SOURCE_PATH, 'utf8');

interface Target {
  addEventListener(type: string, listener: unknown, options?: { once?: boolean }): void;
  removeEventListener(type: string, listener: unknown): void;
  dispatchEvent(event: Event): boolean;
}
type TargetClass = new () => Target;

/** The patched module's EventTarget (it imports nothing, so it loads from a data: URL). */
async function patchedEventTarget(): Promise<TargetClass> {
  const url = `data:text/javascript,${encodeURIComponent(lazyListeners(source))}`;
  return ((await import(url)) as { EventTarget: TargetClass }).EventTarget;
}

describe('lazyListeners', () => {
  it('takes the listener table out of the constructor', () => {
    expect(source).toMatch(/constructor\(\) \{\s*wm\.set\(this, new Map\);/);
    const patched = lazyListeners(source);
    expect(patched).not.toContain('wm.set(this, new Map);\n  }');
    expect(patched).toContain('constructor() {}');
    expect(patched).toContain('if (!map) wm.set(this, map = new Map);');
  });

  it('keeps listeners working: added, bubbled to the parent, once, removed', async () => {
    const EventTarget = await patchedEventTarget();
    class TestNode extends EventTarget {
      parent: TestNode | null = null;
      _getParent(): TestNode | null {
        return this.parent;
      }
    }
    const parent = new TestNode();
    const child = new TestNode();
    child.parent = parent;
    const heard: string[] = [];
    const onChild = (e: Event): void => void heard.push(`child:${e.type}`);
    child.addEventListener('ping', onChild);
    child.addEventListener('ping', () => heard.push('child-once'), { once: true });
    parent.addEventListener('ping', (e: Event) => heard.push(`parent:${(e.target as unknown) === child}`));

    expect(child.dispatchEvent(new Event('ping', { bubbles: true }))).toBe(true);
    expect(heard).toEqual(['child:ping', 'child-once', 'parent:true']);

    heard.length = 0;
    child.removeEventListener('ping', onChild);
    child.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(heard).toEqual(['parent:true']);
  });

  it('lets a node that never had a listener be dispatched to and removed from', async () => {
    const EventTarget = await patchedEventTarget();
    const quiet = new EventTarget();
    expect(() => quiet.removeEventListener('ping', () => {})).not.toThrow();
    expect(quiet.dispatchEvent(new Event('ping'))).toBe(true);
  });

  it('refuses a source it was not written for', () => {
    expect(() => lazyListeners(source.replace('wm.set(this, new Map);', 'wm.set(this, new Map());'))).toThrow(/changed/);
    expect(() => lazyListeners('')).toThrow(/linkedom-listeners/);
  });
});
