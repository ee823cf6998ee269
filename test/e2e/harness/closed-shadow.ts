/**
 * Reaches into the reader overlay, which lives in a *closed* shadow root (so page scripts and
 * CSS cannot touch it). Page JavaScript cannot see inside, and neither can Playwright's
 * selectors; the DevTools protocol can (`DOM.getDocument` with `pierce`). We find the element,
 * resolve it to a JS object in the page and call a function on it, e.g. `click()`.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * One session per page, kept until the page closes: detaching a session resets the page's
 * emulation (Chromium's emulation agent clears the emulated media on detach), which would end
 * a print-media emulation (`TestPage.emulatePrint`) at the first look into the reader.
 */
const sessions = new WeakMap<Page, Promise<CDPSession>>();

async function withSession<R>(page: Page, work: (session: CDPSession) => Promise<R>): Promise<R> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
    session.catch(() => sessions.delete(page));
  }
  return work(await session);
}

function findHost(node: DomNode, name: string): DomNode | null {
  if (node.nodeName === name) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child, name);
    if (found) return found;
  }
  return null;
}

/**
 * Calls `fn` on the first element matching `selector` inside the shadow root of the first
 * `hostTag` element; resolves to its JSON result, or to `undefined` when the host or element
 * is missing.
 */
export function inClosedShadow<R>(
  page: Page,
  hostTag: string,
  selector: string,
  fn: (this: HTMLElement) => R,
): Promise<R | undefined> {
  return withSession(page, async (session) => {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    const host = findHost(root, hostTag.toUpperCase());
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
    if (!nodeId) return undefined;
    const { object } = await session.send('DOM.resolveNode', { nodeId });
    if (!object.objectId) return undefined;
    const reply = await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn.toString(),
      returnByValue: true,
      awaitPromise: true,
    });
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return reply.result.value as R;
  });
}
