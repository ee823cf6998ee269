/**
 * Vite plugin for the content-script bundles: serves the rule tables (`src/core/rules/{generic,
 * languages,sites-national,sites-outlets}.ts`; `sites.ts` only joins the last two) without
 * their `note` and `fixture` strings, which are a third of the tables' bytes and which the in-page tidy never reads (a removal there carries its rule id; the
 * popup, which bundles the full tables, looks the note up by id), and packed as one string
 * (./rule-codec.ts), which more than halves what is left. For the auto-clean script, reshape
 * rules are left out: only the extraction pipeline applies them (src/core/reshape.ts), never the
 * in-page tidy. The extraction script (`extraction: true`) gets every rule, the page-nav rules
 * and the structural detectors' rules too; its removals' reasons are empty as well, and the popup
 * looks them up by id. The popup and options pages, the CLI and the tests get the tables as written.
 *
 *   generic.ts, languages.ts, sites-*.ts ──► export { NAME } from 'virtual:bersih-rule-data'
 *   virtual:bersih-rule-data ──► export const [GENERIC_RULES, …] = decodeTables("<packed>", "<codes>", "<dictionary>")
 *
 * The tables are evaluated here, in the build process (tsx runs TypeScript), and packed from
 * their values. So the bundle holds exactly the data the source computes, whatever helpers or
 * constants the source uses to write it; anything the codec cannot carry fails the build.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { encodeTables } from './rule-codec.ts';

/** The tables, relative to the repository root. */
export const RULE_TABLES = [
  'src/core/rules/generic.ts',
  'src/core/rules/languages.ts',
  'src/core/rules/sites-national.ts',
  'src/core/rules/sites-outlets.ts',
];

const CODEC = fileURLToPath(new URL('./rule-codec.ts', import.meta.url));
const DATA_ID = 'virtual:bersih-rule-data';
const RESOLVED_DATA_ID = `\0${DATA_ID}`;

/** The extraction pipeline's own tables, packed in the extraction bundle only. */
export const EXTRACTION_TABLES = ['src/core/rules/page-nav.ts', 'src/core/rules/structural.ts', 'src/core/rules/images.ts'];

/** Every export of every table module (`files`, by default the auto-clean script's), by module. */
export async function loadTables(root: string, files = RULE_TABLES): Promise<Map<string, Record<string, unknown>>> {
  const modules = new Map<string, Record<string, unknown>>();
  for (const file of files) {
    const exports = (await import(pathToFileURL(resolve(root, file)).href)) as Record<string, unknown>;
    const clash = Object.keys(exports).filter((name) => [...modules.values()].some((m) => name in m));
    if (clash.length) throw new Error(`compact-rules: ${file} exports names another table exports: ${clash.join(', ')}`);
    modules.set(file, { ...exports });
  }
  return modules;
}

/** A rule list or a list of groups with a `rules` list, as in the table modules. */
type Table = { kind?: unknown; rules?: unknown }[];

/**
 * The tables without their reshape rules (in rule lists and in groups' `rules`), which the
 * auto-clean script never applies; everything else as it was, in the same order.
 */
export function withoutReshapes(tables: Record<string, unknown>): Record<string, unknown> {
  const keep = (rules: Table): Table => rules.filter((rule) => rule.kind !== 'reshape');
  const out: Record<string, unknown> = {};
  for (const [name, table] of Object.entries(tables)) {
    out[name] = Array.isArray(table)
      ? keep(table as Table).map((item) => (Array.isArray(item.rules) ? { ...item, rules: keep(item.rules as Table) } : item))
      : table;
  }
  return out;
}

/**
 * The source of the data module: every table (but its reshape rules, unless `reshapes`), decoded
 * once when the script starts.
 */
export function dataModule(tables: Record<string, unknown>, reshapes = false): string {
  const { text, codes, dictionary } = encodeTables(reshapes ? tables : withoutReshapes(tables));
  const names = Object.keys(tables).join(', ');
  return [
    `import { decodeTables } from ${JSON.stringify(CODEC)};`,
    `export const [${names}] = decodeTables(${JSON.stringify(text)}, ${JSON.stringify(codes)}, ${JSON.stringify(dictionary)});`,
    '',
  ].join('\n');
}

/**
 * The plugin; `root` is the repository root. `extraction`: the extraction bundle's tables (every
 * rule, the page-nav and structural tables too) instead of the auto-clean script's.
 */
export function compactRules(root: string, extraction = false): Plugin {
  const list = extraction ? [...RULE_TABLES, ...EXTRACTION_TABLES] : RULE_TABLES;
  const files = new Map(list.map((file) => [resolve(root, file), file]));
  let modules: Promise<Map<string, Record<string, unknown>>> | undefined;
  const tables = (): Promise<Map<string, Record<string, unknown>>> => (modules ??= loadTables(root, list));
  return {
    name: 'bersih-compact-rules',
    enforce: 'pre',
    resolveId(id) {
      return id === DATA_ID ? RESOLVED_DATA_ID : null;
    },
    async load(id) {
      if (id === RESOLVED_DATA_ID) {
        const all = Object.assign({}, ...(await tables()).values()) as Record<string, unknown>;
        return dataModule(all, extraction);
      }
      const file = files.get(id.split('?')[0]!);
      if (!file) return null;
      const names = Object.keys((await tables()).get(file)!);
      return `export { ${names.join(', ')} } from ${JSON.stringify(DATA_ID)};\n`;
    },
  };
}
