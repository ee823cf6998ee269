/**
 * A compact text form of the rule tables, for the auto-clean bundle (see ./compact-rules.ts). As
 * object literals, the rules spend more bytes on keys, `kind` and `category` names, repeated id
 * prefixes and repeated regex/selector fragments than on what they say; as one packed string,
 * little more than what they say.
 *
 * The text, before the dictionary step, has one line per item:
 *
 *   !\tfield\tlist*         starts the next table: a rule list, or (when fields are named) a list
 *                           of groups with those fields (`list*`: space-separated strings) and `rules`
 *   #value\tvalue           starts a group of the current table
 *   <shared><code><id rest>\t<selector or pattern>     a rule, of the current group or table
 *
 *   shared  digit (see ZERO): how many leading characters the id shares with the previous rule's id
 *           (front coding: `site-detik-linksisip` after `site-detik-noncontent` is `L` + `linksisip`)
 *   code    digit: kind × 12 + category × 2 + flag, where the flag is a phrase rule's
 *           `takeLinkSiblings: true` or a reshape rule's `action: 'reveal'` (`unwrap` otherwise);
 *           the body is a selector (selector and reshape rules), a pattern (phrase and marker
 *           rules) or a detector's name
 *
 * Then a dictionary step replaces the most frequent substrings (`\s+`, `(?:`, `[class~="`,
 * `terkait`…) by characters the text does not use, most profitable first.
 *
 * `decodeTables` is what ships in the bundle; `encodeTables` runs in the build and refuses
 * anything it could not give back exactly (an unknown field, kind or category, a separator in the
 * text). Rule `note` and `fixture` are not encoded: they come back as '' (a removal's `reason` is
 * then empty, and the popup looks the note up by rule id). A group's own `note` is left out.
 * Every kind is carried: the auto-clean tables leave the reshape rules out (./compact-rules.ts),
 * the extraction bundle's keep them, with the structural detectors and the page-nav rules.
 */
import type { RemovalCategory, Rule } from '../src/core/rules/types.ts';

/** A small number n is written as the character of code ZERO + n: `A` for 0, `B` for 1… (above the line markers `!` and `#`). */
const ZERO = 65;
const MAX_DIGIT = 60;
const KINDS = ['selector', 'phrase', 'marker', 'reshape', 'detector'] as const;
/** The field holding each kind's body, by kind. */
const BODIES = ['selector', 'pattern', 'pattern', 'selector', 'detector'] as const;
const CATEGORIES: RemovalCategory[] = ['related', 'ad', 'promo', 'syndication', 'navigation', 'user'];
/** Rule fields for people and tests only; not encoded. */
const RULE_DROPPED = new Set(['note', 'fixture']);
const RULE_ENCODED = new Set(['id', 'kind', 'category', 'selector', 'pattern', 'detector', 'takeLinkSiblings', 'action']);
/** Group fields left out (a site profile's note). */
const GROUP_DROPPED = new Set(['note']);
/**
 * One-byte characters the dictionary step may use, cheapest first: printable ASCII the rules do
 * not use, then C0 controls, which the minifier prints raw in template literals (all but BEL, BS,
 * VT, FF, CR, ESC and the separators). The first one absent from the text separates the entries
 * of the dictionary string; the rest, listed in `codes`, stand for the first entries. Later
 * entries stand for two-byte characters from TWO_BYTE_CODES on, which the rules never use (the
 * build fails if one does). A function: as a module constant it would be computed, and kept, in
 * the bundle too.
 */
function oneByteSpares(): string[] {
  return [..."%&'/;<", ...String.fromCharCode(1, 2, 3, 4, 5, 6, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31)];
}

/** Cyrillic: never in the rule tables of the languages we clean, two bytes in UTF-8. */
const TWO_BYTE_CODES = 0x400;
const MAX_ENTRIES = 0x7ff - TWO_BYTE_CODES;

/** Longest dictionary entry tried; most gain comes from short ones. */
const MAX_ENTRY = 16;

type Kind = (typeof KINDS)[number];
type Fields = Record<string, unknown>;

/**
 * Packed tables: the text and its dictionary, whose entries are joined by `codes[0]`; entry i
 * stands for `codes[i + 1]` or, past the end of `codes`, for character TWO_BYTE_CODES + i.
 */
export interface PackedTables {
  text: string;
  codes: string;
  dictionary: string;
}

/** The tables packed by `encodeTables`, in their order. */
export function decodeTables(text: string, codes: string, dictionary: string): unknown[][] {
  const entries = dictionary.split(codes[0]!);
  for (let i = entries.length; i--; ) text = text.split(codes[i + 1] ?? String.fromCharCode(TWO_BYTE_CODES + i)).join(entries[i]);
  const tables: unknown[][] = [];
  let table: unknown[] = [];
  let fields: string[] = [];
  let rules: unknown[] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    const [head = '', ...rest] = line.split('\t');
    if (head[0] === '!') {
      tables.push((rules = table = []));
      fields = rest;
    } else if (head[0] === '#') {
      const group: Fields = { rules: (rules = []) };
      [head.slice(1), ...rest].forEach((value, i) => {
        const name = fields[i]!;
        if (name.endsWith('*')) group[name.slice(0, -1)] = value ? value.split(' ') : [];
        else group[name] = value;
      });
      table.push(group);
    } else {
      const code = head.charCodeAt(1) - ZERO;
      const id = previous.slice(0, head.charCodeAt(0) - ZERO) + head.slice(2);
      previous = id;
      const k = (code / 12) | 0;
      const kind: Kind = KINDS[k]!;
      const rule: Fields = { id, kind, category: CATEGORIES[(code >> 1) % 6], note: '', fixture: '' };
      rule[BODIES[k]!] = rest[0];
      if (kind === 'reshape') rule.action = code & 1 ? 'reveal' : 'unwrap';
      else if (code & 1) rule.takeLinkSiblings = true;
      rules.push(rule);
    }
  }
  return tables;
}

function fail(message: string): never {
  throw new Error(`rule-codec: ${message}`);
}

/** No separator inside a value: it would split where it should not. */
function plain(value: unknown, what: string, extra = ''): string {
  if (typeof value !== 'string' || /[\t\n]/.test(value) || (extra && value.includes(extra))) {
    fail(`${what} must be a string without tabs or newlines${extra ? ` or '${extra}'` : ''}`);
  }
  return value;
}

/** The flag bit of `rule`; throws when `takeLinkSiblings` or `action` holds what the bit cannot say. */
function flagOf(rule: Fields, id: string): number {
  if (rule.kind === 'reshape') {
    if (rule.action !== 'unwrap' && rule.action !== 'reveal') fail(`${id}: a reshape rule's action must be unwrap or reveal`);
    return rule.action === 'reveal' ? 1 : 0;
  }
  if ('action' in rule) fail(`${id}: only a reshape rule has an action`);
  if (!('takeLinkSiblings' in rule)) return 0;
  // Only `true` or absent comes back as it was (`false` would come back absent).
  if (rule.kind !== 'phrase' || rule.takeLinkSiblings !== true) {
    fail(`${id}: takeLinkSiblings must be true or absent, on a phrase rule`);
  }
  return 1;
}

/** True for a non-empty list of rules (objects with a string `kind`). */
function isRuleList(value: unknown): value is Rule[] {
  return (
    Array.isArray(value) && value.length > 0 && value.every((v) => typeof (v as Fields | null)?.kind === 'string')
  );
}

/**
 * Packs rule lists and lists of groups (objects with a rule list under `rules`); `decodeTables`
 * gives them back in the same order (the names only label errors).
 */
export function encodeTables(tables: Record<string, unknown>): PackedTables {
  const lines: string[] = [];
  let previous = '';
  const rule = (value: Rule): void => {
    const fields = value as unknown as Fields;
    const id = plain(fields.id, 'a rule id');
    if (!id) fail('a rule without an id');
    const extra = Object.keys(fields).filter((key) => !RULE_ENCODED.has(key) && !RULE_DROPPED.has(key));
    if (extra.length) fail(`${id} has fields it cannot encode: ${extra.join(', ')}`);
    const kind = KINDS.indexOf(fields.kind as Kind);
    const category = CATEGORIES.indexOf(fields.category as RemovalCategory);
    if (kind < 0 || category < 0) fail(`${id} has an unknown kind or category`);
    const bodyKey = BODIES[kind]!;
    const others = BODIES.filter((key) => key !== bodyKey && key in fields);
    if (others.length) fail(`${id} needs a ${bodyKey} only`);
    const body = plain(fields[bodyKey], `the ${bodyKey} of ${id}`);
    let shared = 0;
    while (shared < MAX_DIGIT && shared < previous.length && id[shared] === previous[shared]) shared++;
    previous = id;
    const code = kind * 12 + category * 2 + flagOf(fields, id);
    lines.push(`${String.fromCharCode(ZERO + shared, ZERO + code)}${id.slice(shared)}\t${body}`);
  };
  for (const [name, table] of Object.entries(tables)) {
    if (!Array.isArray(table)) fail(`${name} is not a list`);
    if (table.length === 0 || isRuleList(table)) {
      lines.push('!');
      table.forEach(rule);
      continue;
    }
    // A list of groups: every group has the same fields; strings and string lists are encoded.
    const groups = table as Fields[];
    const names = Object.keys(groups[0] ?? {}).filter((key) => key !== 'rules' && !GROUP_DROPPED.has(key));
    const header = names.map((key) => (Array.isArray(groups[0]![key]) ? `${key}*` : key));
    lines.push(['!', ...header].join('\t'));
    const expected = [...names, 'rules'].sort().join();
    groups.forEach((group, index) => {
      const keys = Object.keys(group).filter((key) => !GROUP_DROPPED.has(key));
      if (keys.sort().join() !== expected) fail(`${name}[${index}] must have exactly the fields ${expected}`);
      if (!Array.isArray(group.rules) || (group.rules.length > 0 && !isRuleList(group.rules))) fail(`${name}[${index}].rules is not a rule list`);
      const values = header.map((key) => {
        const value = group[key.replace('*', '')];
        if (!key.endsWith('*')) return plain(value, `${name}[${index}].${key}`);
        if (!Array.isArray(value)) fail(`${name}[${index}].${key.slice(0, -1)} must be a list`);
        return value.map((v) => plain(v, `an entry of ${name}[${index}].${key.slice(0, -1)}`, ' ')).join(' ');
      });
      lines.push(`#${values.join('\t')}`);
      (group.rules as Rule[]).forEach(rule);
    });
  }
  return compress(lines.join('\n'));
}

/** Bytes of `s` inside a minified string literal (UTF-8; a backslash is escaped). */
function cost(s: string): number {
  return Buffer.byteLength(s) + (s.match(/\\/g)?.length ?? 0);
}

/**
 * The dictionary step: repeatedly replaces the substring whose replacement saves the most bytes
 * (occurrences × bytes saved, minus the entry and its separator) by a spare character, until
 * nothing saves.
 */
function compress(source: string): PackedTables {
  // TWO_BYTE_CODES up to the last two-byte character: the codes entries may stand for.
  const twoByte = /[\u0400-\u07ff]/.exec(source);
  if (twoByte) fail(`the rules use U+${twoByte[0].charCodeAt(0).toString(16)}, which the dictionary needs`);
  const spare = oneByteSpares().filter((c) => !source.includes(c));
  const separator = spare.shift();
  if (separator === undefined) fail('no spare character left for the dictionary');
  let text = source;
  const dictionary: string[] = [];
  while (dictionary.length < MAX_ENTRIES) {
    const code = spare[dictionary.length] ?? String.fromCharCode(TWO_BYTE_CODES + dictionary.length);
    const codeBytes = Buffer.byteLength(code);
    let best = '';
    let bestGain = 0;
    for (let length = 2; length <= MAX_ENTRY; length++) {
      const counts = new Map<string, number>();
      for (let i = 0; i + length <= text.length; i++) {
        const s = text.slice(i, i + length);
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
      for (const [s, n] of counts) {
        const bytes = cost(s);
        // `n` counts overlapping occurrences, so this bounds the gain from above…
        if (n * (bytes - codeBytes) - (bytes + 1) <= bestGain) continue;
        // …and only a candidate that could win is counted again without overlaps, as `split` will.
        const gain = (text.split(s).length - 1) * (bytes - codeBytes) - (bytes + 1);
        if (gain > bestGain) [best, bestGain] = [s, gain];
      }
    }
    if (!best) break;
    text = text.split(best).join(code);
    dictionary.push(best);
  }
  return { text, codes: separator + spare.slice(0, dictionary.length).join(''), dictionary: dictionary.join(separator) };
}
