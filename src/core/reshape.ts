/**
 * Reshape rules (see `ReshapeRule`): structural fixes applied to the extraction clone before
 * Readability. They change no text; they put an article's parts where Readability will find them.
 */
import type { ReshapeRule } from './rules/types.ts';

/** Applies `rules` to `root` (a clone: this mutates). Returns the ids of the rules that applied. */
export function applyReshapes(root: ParentNode, rules: ReshapeRule[]): string[] {
  const fired: string[] = [];
  for (const rule of rules) {
    let found: Element[];
    try {
      found = Array.from(root.querySelectorAll(rule.selector));
    } catch {
      continue;
    }
    if (!found.length) continue;
    fired.push(rule.id);
    for (const el of found) {
      if (rule.action === 'reveal') reveal(el);
      else unwrap(el);
    }
  }
  return fired;
}

function reveal(el: Element): void {
  el.removeAttribute('hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?=;|$)/gi, ''));
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}
