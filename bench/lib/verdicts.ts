/**
 * The not-an-article verdicts (`CleanResult.notArticle`) per corpus and page type: how many
 * pages of each type are flagged, and as what. On wcxb the article pages measure the false
 * alarms (at most 1% may be flagged) and the listing pages what the verdict catches.
 */
import type { PageResult } from './eval-summary.ts';

/** One page's verdict: the kind it was flagged as, or null (an article, or no result at all). */
export interface PageVerdict {
  corpus: string;
  id: string;
  type: string;
  url: string;
  verdict: string | null;
  reason?: string | null;
}

const KINDS = ['homepage', 'section', 'tag', 'search', 'video'];

/** A table with one row per corpus and page type: pages, flagged, the share, and the count of each kind. */
export function formatVerdicts(pages: PageVerdict[]): string {
  const rows = new Map<string, PageVerdict[]>();
  for (const page of pages) {
    const key = `${page.corpus} ${page.type}`;
    rows.set(key, [...(rows.get(key) ?? []), page]);
  }
  const header = `${'corpus / type'.padEnd(36)}${'pages'.padStart(6)}${'flagged'.padStart(9)}${'%'.padStart(7)}  ${KINDS.map((k) => k.padStart(8)).join('')}`;
  const lines = [...rows].sort(([a], [b]) => a.localeCompare(b)).map(([key, group]) => {
    const flagged = group.filter((p) => p.verdict);
    const share = `${((100 * flagged.length) / group.length).toFixed(1)}%`;
    const kinds = KINDS.map((k) => String(flagged.filter((p) => p.verdict === k).length).padStart(8)).join('');
    return `${key.padEnd(36)}${String(group.length).padStart(6)}${String(flagged.length).padStart(9)}${share.padStart(7)}  ${kinds}`;
  });
  return [header, ...lines].join('\n');
}

/** The article pages that were flagged, one line each, for review. */
export function formatFlaggedArticles(pages: PageVerdict[]): string {
  const flagged = pages.filter((p) => p.type === 'article' && p.verdict);
  if (!flagged.length) return '(none)';
  return flagged.map((p) => `${p.corpus}/${p.id} ${p.verdict}: ${p.url}${p.reason ? ` (${p.reason})` : ''}`).join('\n');
}

/** The verdicts of ours in evaluation results. */
export function verdictsOf(results: PageResult[]): PageVerdict[] {
  return results.map((r) => ({ corpus: r.corpus, id: r.id, type: r.type, url: r.url, verdict: r.systems.ours?.verdict ?? null }));
}
