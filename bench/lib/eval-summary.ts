/**
 * Aggregation and printing of evaluation results: per corpus (and per wcxb page type) scores,
 * snippet checks and timings of each system, and the worst pages for our pipeline.
 */
import { scoresOf, type Scores, type TpFpFn } from './metric.ts';
import type { SnippetCheck } from './snippets.ts';

/** `generic` is ours under a neutral address (`--generic`, see generic-mode.ts); `memory` is ours with site memory (`--memory`). */
export type SystemName = 'ours' | 'generic' | 'memory' | 'readability';

/** One system's outcome on one page. */
export interface SystemPage extends SnippetCheck {
  counts: TpFpFn;
  f1: number;
  ms: number;
  empty: boolean;
  error?: string;
  /** Ours only: the not-an-article verdict's kind (null for an article). */
  verdict?: string | null;
}

export interface PageResult {
  corpus: string;
  /** The corpus layout (id-news, readability, wcxb), whatever its folder is called. */
  kind: string;
  id: string;
  type: string;
  url: string;
  kb: number;
  systems: Partial<Record<SystemName, SystemPage>>;
}

export interface SystemSummary extends Scores {
  pages: number;
  empty: number;
  errors: number;
  withFound: number;
  withTotal: number;
  withoutLeft: number;
  medianMs: number;
}

export interface GroupSummary {
  name: string;
  pages: number;
  systems: Partial<Record<SystemName, SystemSummary>>;
  /** Median ms of ours divided by median ms of Readability. */
  msRatio: number | null;
}

/** Median of a list (0 for an empty list). */
export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function summarise(pages: SystemPage[]): SystemSummary {
  const sum = (f: (p: SystemPage) => number): number => pages.reduce((n, p) => n + f(p), 0);
  return {
    ...scoresOf(pages.map((p) => p.counts)),
    pages: pages.length,
    empty: pages.filter((p) => p.empty).length,
    errors: pages.filter((p) => p.error !== undefined).length,
    withFound: sum((p) => p.withFound),
    withTotal: sum((p) => p.withTotal),
    withoutLeft: sum((p) => p.withoutLeft.length),
    medianMs: median(pages.map((p) => p.ms)),
  };
}

/** Summary of one group of pages. */
export function summariseGroup(name: string, pages: PageResult[]): GroupSummary {
  const systems: Partial<Record<SystemName, SystemSummary>> = {};
  for (const system of ['ours', 'generic', 'memory', 'readability'] as const) {
    const own = pages.flatMap((p) => (p.systems[system] ? [p.systems[system]] : []));
    if (own.length) systems[system] = summarise(own);
  }
  const ours = systems.ours?.medianMs;
  const theirs = systems.readability?.medianMs;
  return { name, pages: pages.length, systems, msRatio: ours !== undefined && theirs ? ours / theirs : null };
}

/** Groups: one per corpus, then one per page type for corpora with more than one type. */
export function groupResults(pages: PageResult[]): GroupSummary[] {
  const byKey = new Map<string, PageResult[]>();
  const add = (key: string, page: PageResult): void => {
    byKey.set(key, [...(byKey.get(key) ?? []), page]);
  };
  for (const page of pages) add(page.corpus, page);
  const corpora = [...byKey.keys()];
  for (const corpus of corpora) {
    const own = byKey.get(corpus)!;
    if (new Set(own.map((p) => p.type)).size < 2) continue;
    for (const page of own) add(`${corpus}/${page.type}`, page);
  }
  const groups = [...byKey.entries()].map(([key, list]) => summariseGroup(key, list));
  if (corpora.length > 1) groups.push(summariseGroup('ALL', pages));
  return groups;
}

const f3 = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string => s.padEnd(n);

/** The text table of one group. */
export function formatGroup(group: GroupSummary): string {
  const lines = [`== ${group.name} (${group.pages} pages)`,
    `  ${pad('system', 12)}${pad('F1', 7)}${pad('prec', 7)}${pad('recall', 8)}${pad('with', 12)}${pad('without', 9)}${pad('median ms', 11)}empty/errors`];
  for (const [name, s] of Object.entries(group.systems)) {
    lines.push(`  ${pad(name, 12)}${pad(f3(s.f1), 7)}${pad(f3(s.precision), 7)}${pad(f3(s.recall), 8)}` +
      `${pad(`${s.withFound}/${s.withTotal}`, 12)}${pad(String(s.withoutLeft), 9)}${pad(s.medianMs.toFixed(1), 11)}${s.empty}/${s.errors}`);
  }
  if (group.msRatio !== null) lines.push(`  time ratio ours/readability (medians): ${group.msRatio.toFixed(2)}`);
  return lines.join('\n');
}

/** Every `without` snippet left in each system's output, page by page (printed for id-news). */
export function formatLeftovers(pages: PageResult[]): string {
  const lines: string[] = [];
  for (const page of pages) {
    for (const [name, s] of Object.entries(page.systems)) {
      for (const left of s.withoutLeft) lines.push(`  ${pad(name, 12)}${page.id}: ${JSON.stringify(left.slice(0, 80))}`);
    }
  }
  return lines.length ? lines.join('\n') : '  (none)';
}

/** The `n` pages where our F1 is lowest, with the delta against Readability's F1 on the same page. */
export function formatWorst(pages: PageResult[], n: number): string {
  const scored = pages.filter((p) => p.systems.ours).sort((a, b) => a.systems.ours!.f1 - b.systems.ours!.f1);
  return scored.slice(0, n).map((p) => {
    const ours = p.systems.ours!;
    const theirs = p.systems.readability;
    const delta = theirs ? ours.f1 - theirs.f1 : NaN;
    const note = ours.error ? ` [threw: ${ours.error}]` : ours.empty ? ' [empty]' : '';
    return `  ${f3(ours.f1)}  Δ ${(delta >= 0 ? '+' : '') + f3(delta)}  ${p.corpus}/${p.id} (${p.type}, ${p.kb} KB)${note}`;
  }).join('\n') || '  (none)';
}

/** Pages on which an extractor threw (their output counted as empty). */
export function formatErrors(pages: PageResult[]): string {
  const lines = pages.flatMap((p) => Object.entries(p.systems)
    .filter(([, s]) => s.error !== undefined)
    .map(([name, s]) => `  ${pad(name, 12)}${p.corpus}/${p.id}: ${s.error}`));
  return lines.length ? lines.join('\n') : '  (none)';
}
