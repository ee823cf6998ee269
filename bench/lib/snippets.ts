/**
 * The `with` / `without` snippet checks of the corpora: a snippet is present when its text occurs
 * in the output ignoring case and differences in whitespace (line breaks, NBSP, runs of spaces).
 */

/** Lower-cases and collapses every whitespace run (NBSP included) to one space. */
export function normaliseForMatch(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface SnippetCheck {
  withFound: number;
  withTotal: number;
  /** The `without` snippets still present in the output. */
  withoutLeft: string[];
}

/** Checks one output text against its page's `with` and `without` snippets. */
export function checkSnippets(output: string, withSnippets: string[], withoutSnippets: string[]): SnippetCheck {
  const haystack = normaliseForMatch(output);
  const present = (s: string): boolean => {
    const needle = normaliseForMatch(s);
    return needle.length > 0 && haystack.includes(needle);
  };
  return {
    withFound: withSnippets.filter(present).length,
    withTotal: withSnippets.length,
    withoutLeft: withoutSnippets.filter(present),
  };
}
