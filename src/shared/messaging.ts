/**
 * Typed send/handle helpers over the message contract in `./messages.ts`. The request travels
 * as `{type, ...request}` (the `Envelope`); handlers are looked up by `type` in an object that has
 * exactly one handler per message name, so there is no `if (type === …)` chain to forget a case in.
 */
import { browser, type Runtime } from './browser.ts';
import type {
  BackgroundMessages,
  ContentMessages,
  Envelope,
  MessageName,
  RequestOf,
  ResponseOf,
} from './messages.ts';

/** One handler per message name of the contract `M`; the response may be returned or awaited. */
export type Handlers<M> = {
  [K in MessageName<M>]: (
    request: RequestOf<M, K>,
    sender: Runtime.MessageSender,
  ) => ResponseOf<M, K> | Promise<ResponseOf<M, K>>;
};

/**
 * Sends a message to the top frame of a tab's content scripts.
 * Resolves to `undefined` when no content script there answers (nothing injected yet).
 */
export async function sendToTab<K extends MessageName<ContentMessages>>(
  tabId: number,
  type: K,
  request: RequestOf<ContentMessages, K>,
): Promise<ResponseOf<ContentMessages, K> | undefined> {
  const envelope = { ...(request as object), type } as Envelope<ContentMessages, K>;
  // frameId 0: our scripts run in the top frame only; iframes (ads, embeds) never answer.
  return (await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as
    | ResponseOf<ContentMessages, K>
    | undefined;
}

/** Sends a message to the background context and resolves to its typed response. */
export async function sendToBackground<K extends MessageName<BackgroundMessages>>(
  type: K,
  request: RequestOf<BackgroundMessages, K>,
): Promise<ResponseOf<BackgroundMessages, K>> {
  const envelope = { ...(request as object), type } as Envelope<BackgroundMessages, K>;
  return (await browser.runtime.sendMessage(envelope)) as ResponseOf<BackgroundMessages, K>;
}

/** Splits an incoming message into its name and request if it names one of `names`. */
export function parseEnvelope<M>(
  message: unknown,
  names: readonly string[],
): { type: MessageName<M>; request: RequestOf<M, MessageName<M>> } | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, ...request } = message as { type?: unknown };
  if (typeof type !== 'string' || !names.includes(type)) return null;
  return { type: type as MessageName<M>, request: request as RequestOf<M, MessageName<M>> };
}

/**
 * Registers `handlers` on `runtime.onMessage`. Messages this context does not handle are left
 * unanswered (the listener returns `undefined`), so several contexts can share the channel.
 * A handler that throws rejects the sender's promise with the error's message.
 * Returns a function that removes the listener.
 */
export function handleMessages<M>(handlers: Handlers<M>): () => void {
  const names = Object.keys(handlers);
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const parsed = parseEnvelope<M>(message, names);
    if (!parsed) return undefined;
    const handler = handlers[parsed.type];
    // Promise.resolve().then: a synchronous throw becomes a rejection the sender sees.
    return Promise.resolve().then(() => handler(parsed.request, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
