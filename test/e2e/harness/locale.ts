/**
 * UI strings as the extension shows them, read from `public/_locales/en/messages.json` so the
 * tests assert the real wording and follow it when it changes. Substitution follows Chrome's
 * `i18n.getMessage`: named `$placeholder$`s take their `content` (often `$1`), then `$1`… take
 * the arguments, and `$$` is a literal dollar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './fixture-routes.ts';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

let cache: Record<string, Entry> | undefined;

function messages(): Record<string, Entry> {
  cache ??= JSON.parse(readFileSync(join(REPO_ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, Entry>;
  return cache;
}

/** The English message for `key` with `subs` filled in; throws for an unknown key. */
export function message(key: string, ...subs: (string | number)[]): string {
  const entry = messages()[key];
  if (!entry) throw new Error(`no message "${key}" in public/_locales/en/messages.json`);
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : String(subs[Number(which) - 1] ?? '')));
}

/** The English plural form of `base` for `count` (`base_one` / `base_other`, as src/shared/i18n.ts picks). */
export function plural(base: string, count: number): string {
  return message(count === 1 ? `${base}_one` : `${base}_other`, count);
}

/** Every key, for finding the right one in failure messages. */
export function messageKeys(): string[] {
  return Object.keys(messages());
}
