/**
 * Vite plugin for the auto-clean bundle: serves the rule tables (`src/core/rules/{generic,
 * languages,sites}.ts`) without their `note` and `fixture` strings, which are a third of the
 * tables' bytes and which the in-page tidy never reads (a removal there carries its rule id; the
 * popup, which bundles the full tables, looks the note up by id), and with every rule list packed
 * as text (./rule-codec.ts), which halves what is left. Every other bundle, the CLI and the tests
 * get the tables as written.
 *
 * The tables are evaluated here, in the build process (tsx runs TypeScript), and re-emitted as
 * literals. So the bundle holds exactly the data the source computes, whatever helpers or
 * constants the source uses to write it; anything that is not plain data fails the build.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { Rule } from '../src/core/rules/types.ts';
import { encodeRules } from './rule-codec.ts';

const CODEC = fileURLToPath(new URL('./rule-codec.ts', import.meta.url));

/** The tables, relative to the repository root. */
export const RULE_TABLES = ['src/core/rules/generic.ts', 'src/core/rules/languages.ts', 'src/core/rules/sites.ts'];

/** Properties for people and tests only; nothing the applier reads. */
export const DROPPED_KEYS: ReadonlySet<string> = new Set(['note', 'fixture']);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A non-empty array of rules (objects with a string `kind`). */
function isRuleList(value: unknown[]): value is Rule[] {
  return value.length > 0 && value.every((v) => typeof (v as { kind?: unknown } | null)?.kind === 'string');
}

/**
 * `value` as a JavaScript expression, minus `DROPPED_KEYS` at any depth; rule lists become a
 * `decodeRules("…")` call. Throws on non-data.
 */
export function dataLiteral(value: unknown, path = 'value'): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && isRuleList(value)) return `decodeRules(${JSON.stringify(encodeRules(value))})`;
  if (Array.isArray(value)) return `[${value.map((v, i) => dataLiteral(v, `${path}[${i}]`)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const fields = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => !DROPPED_KEYS.has(key) && v !== undefined)
      .map(([key, v]) => `${IDENTIFIER.test(key) ? key : JSON.stringify(key)}:${dataLiteral(v, `${path}.${key}`)}`);
    return `{${fields.join(',')}}`;
  }
  throw new Error(`compact-rules: ${path} is not plain data (${typeof value})`);
}

/** The module source for a table module's exports, notes and fixtures dropped. */
export function compactModule(exports: Record<string, unknown>, file: string): string {
  const body = Object.entries(exports)
    .map(([name, value]) => `export const ${name} = ${dataLiteral(value, `${file}:${name}`)};\n`)
    .join('');
  return `import { decodeRules } from ${JSON.stringify(CODEC)};\n${body}`;
}

/** The plugin; `root` is the repository root. */
export function compactRules(root: string): Plugin {
  const tables = new Map(RULE_TABLES.map((file) => [resolve(root, file), file]));
  return {
    name: 'bersih-compact-rules',
    enforce: 'pre',
    async load(id) {
      const file = tables.get(id.split('?')[0]!);
      if (!file) return null;
      const exports = (await import(pathToFileURL(resolve(root, file)).href)) as Record<string, unknown>;
      return compactModule(exports, file);
    },
  };
}
