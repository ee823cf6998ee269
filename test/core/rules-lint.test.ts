/**
 * Lints the rule tables as data: unique, well-named ids; selectors both jsdom and the combined
 * selector list accept; patterns that compile and stay off ordinary sentences; and, for every
 * rule, proof that it fires in the fixture it names.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanDocument, planTidy } from '../../src/core/index.ts';
import {
  GENERIC_RULES,
  IMAGE_RULES,
  LANGUAGE_TABLES,
  PAGE_NAV_RULES,
  SITE_PROFILES,
  STRUCTURAL_RULES,
  allRules,
  rulesFor,
} from '../../src/core/rules/index.ts';
import { revealHiddenPages } from '../../src/core/detectors/hidden-pages.ts';
import type { Rule } from '../../src/core/rules/types.ts';
import { FIXTURES_DIR, listFixtures, parseFixture } from './fixtures.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CATEGORIES = new Set(['related', 'ad', 'promo', 'syndication', 'navigation']);

/** Ordinary opening sentences (id/ms/en/de/fr/es/pt) that no phrase or marker may match. */
const PROSE = [
  'Pemerintah menyiapkan aturan baru mengenai pajak bagi usaha kecil.',
  'Baca buku setiap malam membantu anak tidur lebih cepat, kata dokter.',
  'Lihat juga bagaimana warga desa membangun jembatan bambu.',
  'Simak juga penjelasan para ahli tentang gempa yang terjadi kemarin.',
  'Saksikan bagaimana para nelayan menarik jaring di pagi hari.',
  'Berita terkait penutupan jalan itu sudah beredar sejak pagi.',
  'Ikuti perkembangan harga beras di pasar tradisional.',
  'Kerajaan negeri akan membina tiga buah klinik desa baharu.',
  'Read more books, the teacher told her class on Monday.',
  'Recommended by doctors, the new guidelines take effect today.',
  'Related to the flooding, officials closed three roads.',
  'Also read aloud at home, parents were told.',
  'Recommended: OS Windows 10 64-bit, 16 GB RAM, broadband connection.',
  'The council approved a plan to plant trees.',
  'Lesen und Schreiben lernen die Kinder in der ersten Klasse.',
  'Mehr als hundert Menschen kamen zur Versammlung.',
  'Lire un livre par semaine est devenu un défi populaire.',
  'Leer más de diez libros al año es la meta del programa.',
  'Leia o contrato antes de assinar, recomenda o órgão.',
];

function tableOf(rule: Rule): string {
  if (GENERIC_RULES.includes(rule)) return 'generic';
  if ((STRUCTURAL_RULES as Rule[]).includes(rule)) return 'structural';
  if (PAGE_NAV_RULES.includes(rule)) return 'nav';
  if ((IMAGE_RULES as Rule[]).includes(rule)) return 'images';
  const table = LANGUAGE_TABLES.find((t) => t.rules.includes(rule));
  if (table) return `lang:${table.lang}`;
  const profile = SITE_PROFILES.find((p) => p.rules.includes(rule));
  return profile ? `site:${profile.id}` : 'unknown';
}

describe('rule tables', () => {
  const rules = allRules();
  const doc = new JSDOM('<!doctype html><p>x</p>').window.document;

  it('has rules in every table', () => {
    expect(GENERIC_RULES.length).toBeGreaterThan(0);
    expect(LANGUAGE_TABLES.map((t) => t.lang)).toEqual(expect.arrayContaining(['id', 'ms', 'en', 'de', 'fr', 'es', 'pt']));
    expect(SITE_PROFILES.length).toBeGreaterThanOrEqual(15);
    for (const t of LANGUAGE_TABLES) expect(t.rules.length, t.lang).toBeGreaterThan(0);
    for (const p of SITE_PROFILES) expect(p.rules.length, p.id).toBeGreaterThan(0);
  });

  it('uses unique kebab-case ids with the table prefix', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id, rule.id).toMatch(KEBAB);
      const table = tableOf(rule);
      const prefix = table === 'generic' ? 'ad-' : table === 'structural' ? 'gen-' : table === 'nav' ? 'nav-' : table === 'images' ? 'img-' : table.startsWith('lang:') ? `${table.slice(5)}-` : `site-${table.slice(5)}-`;
      expect(rule.id.startsWith(prefix), `${rule.id} should start with ${prefix}`).toBe(true);
    }
    const profileIds = SITE_PROFILES.map((p) => p.id);
    expect(new Set(profileIds).size).toBe(profileIds.length);
  });

  it('gives every rule a one-line note, a category and an existing fixture folder', () => {
    for (const rule of rules) {
      expect(rule.note.trim(), rule.id).not.toBe('');
      expect(rule.note, rule.id).not.toMatch(/\n/);
      expect(CATEGORIES.has(rule.category), rule.id).toBe(true);
      expect(existsSync(join(FIXTURES_DIR, rule.fixture, 'source.html')), `${rule.id}: ${rule.fixture}`).toBe(true);
    }
  });

  it('has selectors jsdom parses, alone and combined', () => {
    const selectors = rules.flatMap((r) => (r.kind === 'selector' || r.kind === 'reshape' ? [r.selector] : []));
    for (const sel of selectors) expect(() => doc.querySelectorAll(sel), sel).not.toThrow();
    expect(() => doc.querySelectorAll(selectors.join(', '))).not.toThrow();
  });

  it('has site hosts that are bare lower-case domains', () => {
    for (const p of SITE_PROFILES) {
      for (const host of p.hosts) expect(host, p.id).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    }
  });

  it('has patterns that compile as the applier compiles them and leave ordinary sentences alone', () => {
    for (const rule of rules) {
      if (rule.kind !== 'phrase' && rule.kind !== 'marker') continue;
      // The applier compiles without the `u` flag (see `anchored` in match.ts), where `\p{L}` or
      // `\u{…}` would silently mean something else.
      expect(rule.pattern, `${rule.id} needs Unicode mode`).not.toMatch(/\\[pPu]\{/);
      expect(() => new RegExp(rule.pattern, 'iu'), `${rule.id} is not a valid Unicode-mode pattern`).not.toThrow();
      const source = rule.kind === 'marker' ? `^(?:${rule.pattern})$` : `^(?:${rule.pattern})`;
      const re = new RegExp(source, 'i');
      expect(re.test(''), `${rule.id} matches the empty string`).toBe(false);
      for (const sentence of PROSE) expect(re.test(sentence), `${rule.id} matches "${sentence}"`).toBe(false);
    }
  });

  it('selects site profiles by host suffix only', () => {
    const ids = (url: string) => new Set(rulesFor(url).map((r) => r.id));
    expect(ids('https://news.detik.com/berita/d-1/x').has('site-detik-linksisip')).toBe(true);
    expect(ids('https://detik.com/x').has('site-detik-linksisip')).toBe(true);
    expect(ids('https://notdetik.com/x').has('site-detik-linksisip')).toBe(false);
    expect(ids('https://detik.com.evil.example/x').has('site-detik-linksisip')).toBe(false);
    expect(ids('not a url').has('ad-gpt-slot')).toBe(true);
    expect(rulesFor('https://a.kompas.com/1')).toBe(rulesFor('https://b.kompas.com/2'));
  });
});

describe('every rule fires in its fixture', () => {
  const fired = new Map<string, Set<string>>();

  beforeAll(() => {
    for (const fixture of listFixtures()) {
      const ids = new Set<string>();
      // One parse serves both: neither call mutates the document (see no-mutation.test.ts).
      const doc = parseFixture(fixture);
      for (const r of cleanDocument(doc)?.removed ?? []) ids.add(r.rule);
      for (const item of planTidy(doc).items) ids.add(item.rule);
      // Reshape rules change structure, not text: they fire when they find their elements.
      for (const rule of rulesFor(doc.URL)) {
        if (rule.kind === 'reshape' && doc.querySelector(rule.selector)) ids.add(rule.id);
      }
      // Showing hidden pages removes nothing either: it fires when it shows one (on a copy).
      for (const rule of STRUCTURAL_RULES) {
        if (rule.detector === 'hidden-pages' && doc.body && revealHiddenPages(doc.body.cloneNode(true) as Element)) ids.add(rule.id);
      }
      fired.set(fixture.name, ids);
    }
  }, 120_000);

  for (const rule of allRules()) {
    it(`${rule.id} in ${rule.fixture}`, () => {
      expect([...(fired.get(rule.fixture) ?? [])]).toContain(rule.id);
    });
  }
});
