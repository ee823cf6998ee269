/** The `bersih --help` text. */
export const USAGE = `usage: bersih extract [--url URL] [--format text|markdown|html|json] FILE|-
       bersih batch [--no-memory] MANIFEST.jsonl
       bersih --help | --version

Extracts the article of a saved page (.html, or gzip-compressed .html.gz; '-' reads stdin),
with the related-link inserts, ad slots and boilerplate that pollute news pages removed.

  extract   print one page's article
              --url URL      the page's address (picks site rules, resolves links);
                             default: its <link rel=canonical> or og:url, else file://PATH
              --format F     text (default: title, blank line, text), markdown, html, json
  batch     read a JSON-lines manifest of {"file": PATH, "url": URL} (paths relative to the
            manifest's folder) and print one JSON object per line: the json fields plus "file",
            or {"file", "error"}; a bad page or line never stops the batch
              --no-memory    no site memory (by default the pages of one site teach
                             each other which blocks are its template, and lose them)

exit codes: 0 ok, 1 usage, 2 no article found, 3 file missing or unreadable, 4 not HTML,
            5 too large (over 50 MB), 70 internal error`;
