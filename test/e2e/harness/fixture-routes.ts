/**
 * The routes the e2e server answers, all from disk:
 *   /pages/FILE            our own pages under test/e2e/pages/
 *   /csp/FILE              the same page with a strict Content-Security-Policy header
 *   /late/FILE             the same page plus a same-origin script that adds an insert after load
 *   /fixtures/CASE/        test/fixtures/CASE/source.html (the core's golden fixtures)
 *   /paged/NAME?page=N     page N of a multi-page article: test/e2e/pages/NAME-N.html, or
 *                          NAME-n.html with {{N}} and {{NEXT}} filled (an endless article);
 *                          /paged/NAME-failK serves NAME's pages but answers 404 for page K
 *   /stall/ANY             never answered: a page that loads from it never finishes loading
 *   /nasional/ID/SLUG[/N]  page N of test/fixtures/pages-fetch-merge (a cnnindonesia article), its
 *                          links made relative; the browsers resolve PROFILED_HOST to 127.0.0.1
 *                          so that the outlet's profile applies (harness/extension-browser.ts,
 *                          driver/firefox/driver.ts)
 *   /images/NAME.png       a small PNG that loads (120×80), or a 404 when NAME starts with `missing`
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { flatPng } from './png.ts';
import { typeOf, type Resolver } from './static-server.ts';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
export const PAGES_DIR = join(REPO_ROOT, 'test', 'e2e', 'pages');
export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures');

/** An outlet we have a profile for, served by the fixture server (see the route list above). */
export const PROFILED_HOST = 'www.cnnindonesia.com';
const PROFILED_PATH = /^\/nasional\/20240506120000-20-1234567\/jalur-sepeda-di-pusat-kota-ditata-ulang(?:\/([23]))?$/;

/** The policy of a locked-down news site: no scripts, only own images and styles. */
export const STRICT_CSP = "default-src 'none'; img-src 'self'; style-src 'self'";

const NAME = /^[\w.-]+$/;

async function ownPage(file: string): Promise<string | null> {
  if (!NAME.test(file) || file.startsWith('.')) return null;
  return readFile(join(PAGES_DIR, file), 'utf8').catch(() => null);
}

/** Resolves the e2e routes listed above. */
export const fixtureRoutes: Resolver = async (url) => {
  const [, route = '', name = ''] = url.pathname.split('/');
  if (route === 'pages') {
    const body = await ownPage(name);
    return body === null ? null : { body, type: typeOf(name) };
  }
  if (route === 'csp') {
    const body = await ownPage(name);
    return body === null ? null : { body, headers: { 'content-security-policy': STRICT_CSP } };
  }
  if (route === 'late') {
    const body = await ownPage(name);
    if (body === null) return null;
    return { body: body.replace('</body>', '<script src="/pages/late-insert.js"></script>\n</body>') };
  }
  if (route === 'images') return /^[\w-]+\.png$/.test(name) && !name.startsWith('missing') ? { body: flatPng(120, 80), type: 'image/png' } : null;
  if (route === 'paged') return pagedArticle(name, url.searchParams.get('page') ?? '1');
  if (route === 'nasional') return profiledArticle(url.pathname);
  // The connection stays open until the server closes (it closes every connection then).
  if (route === 'stall') return new Promise<never>(() => {});
  if (route === 'fixtures' && NAME.test(name) && !name.startsWith('.')) {
    const body = await readFile(join(FIXTURES_DIR, name, 'source.html'), 'utf8').catch(() => null);
    return body === null ? null : { body };
  }
  return null;
};

/** Page `page` of the multi-page article `name` (see the route list at the top). */
async function pagedArticle(name: string, page: string): Promise<{ body: string } | null> {
  const [, base = '', fail] = /^([\w]+)(?:-fail(\d+))?$/.exec(name) ?? [];
  if (!base || !/^\d{1,3}$/.test(page) || page === fail) return null;
  const own = await ownPage(`${base}-${page}.html`);
  if (own !== null) return { body: own };
  const template = await ownPage(`${base}-n.html`);
  return template === null ? null : { body: template.replaceAll('{{N}}', page).replaceAll('{{NEXT}}', String(Number(page) + 1)) };
}

/** A page of the profiled outlet's three-page article (see the route list at the top). */
async function profiledArticle(path: string): Promise<{ body: string } | null> {
  const match = PROFILED_PATH.exec(path);
  if (!match) return null;
  const file = match[1] ? `page-${match[1]}.html` : 'source.html';
  const body = await readFile(join(FIXTURES_DIR, 'pages-fetch-merge', file), 'utf8');
  return { body: body.replaceAll(`https://${PROFILED_HOST}`, '') };
}
