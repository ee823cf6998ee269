/** The `bersih --help` text. */
import { DEFAULT_TIMEOUT_S, MAX_ELEMENTS, MEMORY_LIMIT_MB } from './limits.ts';

export const USAGE = `usage: bersih extract [--url URL] [--format text|markdown|html|json] [--encoding LABEL]
                      [--timeout SECONDS] [--strict] [--toc] FILE|- [PAGE2 …]
       bersih fetch [--format F] [--no-pages] [--timeout SECONDS] URL
       bersih batch [--jobs N] [--timeout SECONDS] [--no-memory] MANIFEST.jsonl
       bersih --help | --version

Extracts the article of a saved page (.html, or gzip-compressed .html.gz; '-' reads stdin),
with the related-link inserts, ad slots and boilerplate that pollute news pages removed.

  extract   print one page's article
              --url URL        the page's address (picks site rules, resolves links);
                               default: its <link rel=canonical> or og:url, else file://PATH
              --format F       text (default: title, blank line, text), markdown, html, json
              --encoding L     the page's charset as a server would send it (overrides
                               <meta charset>; default: BOM, <meta>, else detected)
              --strict         fail (exit 2) on a page that does not look like an article
                               (a homepage, section, tag or search page, a video's page);
                               without it such a page is extracted and json says why
                               in "notArticle"
              --toc            with --format markdown: start with a contents list
                               linking to the headings (when there are 3 or more)
            more FILEs are the article's other saved pages, joined in the order given
  fetch     fetch a live article (http/https) and its other pages (same site, at most 20,
            each address once; a page that fails is named on stderr, the rest is printed)
              --no-pages       page 1 only
              --timeout S      seconds per request (default 20); pages over 10 MB are refused
  batch     read a JSON-lines manifest of {"file": PATH, "url": URL, "encoding": LABEL} (paths
            relative to the manifest's folder; url and encoding optional; {"files": [PAGE1,
            PAGE2, …]} instead of "file" joins an article's saved pages) and print one JSON
            object per line, in manifest order: the json fields plus "file", or
            {"file", "error"}; a bad page or line never stops the batch; on a
            terminal, stderr shows a progress bar (pages/s, time left)
              --jobs N         pages extracted at once, each in its own worker thread
                               (default: the CPU cores, fewer if memory is short)
              --no-memory      no site memory (by default the pages of one site teach
                               each other which blocks are its template, and lose them)
  extract, batch --timeout S   seconds one page (or one article's pages) may take (default: ${DEFAULT_TIMEOUT_S})

Limits per page: 50 MB (after gunzip), ${MAX_ELEMENTS.toLocaleString('en')} elements, ${MEMORY_LIMIT_MB} MB of heap, the timeout. A page
over one is an error, never a crash: exit 6 for extract and fetch, an "error" line in a batch.

exit codes: 0 ok, 1 usage, 2 no article found (or, with --strict, not an article), 3 file missing or unreadable, 4 not HTML,
            5 too large (over 50 MB), 6 over a page limit (elements, memory, time),
            7 batch: no page of the manifest was extracted, 10 network error (no connection,
            bad redirect), 11 HTTP error status, 12 timeout, 70 internal error`;
