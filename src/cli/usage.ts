/** The `bersih --help` text. */
export const USAGE = `usage: bersih extract [--url URL] [--format text|markdown|html|json] FILE|-
       bersih batch MANIFEST.jsonl
       bersih --help | --version

Extracts the article of a saved page (.html, or gzip-compressed .html.gz; '-' reads stdin),
with the related-link inserts, ad slots and boilerplate that pollute news pages removed.

  extract   print one page's article
              --url URL      the page's address (picks site rules, resolves links);
                             default: its <link rel=canonical> or og:url, else file://PATH
              --format F     text (default: title, blank line, text), markdown, html, json
              --strict       fail (exit 2) on a page that does not look like an article
                             (a homepage, section, tag or search page, a video's page);
                             without it such a page is extracted and json says why
                             in "notArticle"
  batch     read a JSON-lines manifest of {"file": PATH, "url": URL} (paths relative to the
            manifest's folder) and print one JSON object per line: the json fields plus "file",
            or {"file", "error"}; a bad page or line never stops the batch

exit codes: 0 ok, 1 usage, 2 no article found (or, with --strict, not an article),
            3 file missing or unreadable, 4 not HTML, 5 too large (over 50 MB), 70 internal error`;
