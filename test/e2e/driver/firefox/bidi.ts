/**
 * Raw WebDriver BiDi where puppeteer-core does not wrap it: navigation without waiting for a load
 * event, and nodes serialised with their *closed* shadow roots (`includeShadowTree: 'all'`), the
 * WebDriver way into the reader overlay, as CDP's `pierce` is in Chromium.
 */
import type { Page } from 'puppeteer-core';

interface BidiResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text?: string };
}

interface Session {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface BidiContext {
  id: string;
  readonly url: string;
  navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void>;
  userContext: { browser: { session: Session } };
}

/** The BiDi browsing context behind a puppeteer page (internal to puppeteer, stable in 24.x). */
export function contextOf(page: Page): BidiContext {
  return (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
}

function sessionOf(page: Page): Session {
  return contextOf(page).userContext.browser.session;
}

function unwrap(reply: { result: unknown }, what: string): BidiResult['result'] {
  const result = reply.result as BidiResult;
  if (result.type === 'exception') throw new Error(`${what}: ${result.exceptionDetails?.text ?? 'exception'}`);
  return result.result;
}

/**
 * Calls `fn` with `this` bound to the first element matching `selector` inside the closed shadow
 * root of the first `hostTag` element of `page`; `undefined` when either is missing.
 */
export async function inClosedShadow<R>(page: Page, hostTag: string, selector: string, fn: (this: HTMLElement) => R): Promise<R | undefined> {
  const session = sessionOf(page);
  const target = { context: contextOf(page).id };
  const host = unwrap(
    await session.send('script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(hostTag)})`,
      target,
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    }),
    'finding the shadow host',
  ) as { type: string; value?: { shadowRoot?: { sharedId?: string } | null } } | undefined;
  const root = host?.type === 'node' ? host.value?.shadowRoot?.sharedId : undefined;
  if (!root) return undefined;
  const reply = await session.send('script.callFunction', {
    functionDeclaration: `async function (root) {
      const element = root.querySelector(${JSON.stringify(selector)});
      return element === null ? undefined : await (${fn.toString()}).call(element);
    }`,
    arguments: [{ sharedId: root }],
    target,
    awaitPromise: true,
    resultOwnership: 'none',
  });
  return deserialise(unwrap(reply, 'in the reader')) as R | undefined;
}

/** BiDi's serialisation of primitives, arrays and plain objects back into JSON values. */
function deserialise(value: { type: string; value?: unknown } | undefined): unknown {
  if (!value) return undefined;
  switch (value.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return value.value;
    case 'number':
      return typeof value.value === 'number' ? value.value : Number(value.value);
    case 'array':
      return (value.value as { type: string }[]).map(deserialise);
    case 'object':
      return Object.fromEntries(
        (value.value as [string, { type: string }][]).map(([key, item]) => [key, deserialise(item)]),
      );
    default:
      throw new Error(`cannot return a ${value.type} from the reader`);
  }
}
