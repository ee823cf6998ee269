/**
 * Outlets' single-page ("show all") addresses, as data. Where an outlet has one, one fetch gets
 * the whole article; where it has none (`showAll: null`), its pages are fetched and joined.
 * Sources: the Indonesian userscripts antisplitpage and AutoAllPage, which keep the same lists.
 */
import { hostMatches, hostOf } from './host.ts';

/** How an outlet's single-page address is made from an article URL. */
export type ShowAll =
  | { kind: 'query'; param: string; value: string }
  | { kind: 'path'; suffix: string };

export interface PagesProfile {
  id: string;
  note: string;
  /** Host suffixes: `kompas.com` matches `nasional.kompas.com`. */
  hosts: string[];
  /** The single-page address, or null when the outlet has none and pages must be joined. */
  showAll: ShowAll | null;
  /** Fixture under `test/fixtures/` that proves the profile, when there is one. */
  fixture?: string;
}

const PAGE_ALL = { kind: 'query', param: 'page', value: 'all' } as const;

export const PAGES_PROFILES: PagesProfile[] = [
  { id: 'tribunnews', note: 'tribunnews.com and its regional sites: `?page=all`.', hosts: ['tribunnews.com'], showAll: PAGE_ALL, fixture: 'pages-show-all' },
  { id: 'kompas', note: 'kompas.com: `?page=all`.', hosts: ['kompas.com'], showAll: PAGE_ALL },
  { id: 'grid', note: 'grid.id network: `?page=all`.', hosts: ['grid.id'], showAll: PAGE_ALL },
  { id: 'suara', note: 'suara.com: `?page=all`.', hosts: ['suara.com'], showAll: PAGE_ALL },
  { id: 'kontan', note: 'kontan.co.id: `?page=all`.', hosts: ['kontan.co.id'], showAll: PAGE_ALL },
  { id: 'okezone', note: 'okezone.com: `?page=all`.', hosts: ['okezone.com'], showAll: PAGE_ALL },
  { id: 'sindonews', note: 'sindonews.com: `?showpage=all`.', hosts: ['sindonews.com'], showAll: { kind: 'query', param: 'showpage', value: 'all' } },
  { id: 'detik', note: 'detik.com: `?single=1`.', hosts: ['detik.com'], showAll: { kind: 'query', param: 'single', value: '1' } },
  { id: 'viva', note: 'viva.co.id: `?page=all`.', hosts: ['viva.co.id'], showAll: PAGE_ALL },
  { id: 'cnnindonesia', note: 'cnnindonesia.com: no single page (`/2`, `/3` paths); pages are joined.', hosts: ['cnnindonesia.com'], showAll: null },
  { id: 'jpnn', note: 'jpnn.com: no single page (`?page=2`); pages are joined.', hosts: ['jpnn.com'], showAll: null },
  { id: 'republika', note: 'republika.co.id: no single page (`-part2`); pages are joined.', hosts: ['republika.co.id'], showAll: null },
  { id: 'tempo', note: 'tempo.co: no single page (`?page_num=2`); pages are joined.', hosts: ['tempo.co'], showAll: null },
];

/** The pages profile for `url`, if an outlet we know serves it. */
export function pagesProfileFor(url: string): PagesProfile | null {
  const host = hostOf(url);
  if (!host) return null;
  return PAGES_PROFILES.find((p) => p.hosts.some((h) => hostMatches(host, h))) ?? null;
}

/** The single-page address of the article at `url` under `showAll`, page markers taken off. */
export function showAllUrl(url: string, showAll: ShowAll): string {
  const target = new URL(url);
  target.hash = '';
  if (showAll.kind === 'query') {
    for (const name of ['page', 'p', 'hal', 'showpage', 'single', 'page_num']) target.searchParams.delete(name);
    target.searchParams.set(showAll.param, showAll.value);
  } else {
    target.pathname = `${target.pathname.replace(/\/(?:\d{1,3})?\/?$/, '')}${showAll.suffix}`;
  }
  return target.href;
}
