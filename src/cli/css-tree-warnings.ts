/**
 * css-tree (used by jsdom for inline styles) `console.warn`s "[csstree-match] BREAK after 15000
 * iterations" on some real pages' CSS. It is harmless noise that would break the CLI's
 * one-line-per-error stderr contract, so the entry points drop exactly that message.
 */
export function silenceCssTreeWarnings(): void {
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]): void => {
    if (typeof args[0] === 'string' && args[0].startsWith('[csstree-match]')) return;
    warn(...args);
  };
}
