/**
 * Does page 1 still paint as fast when the article has other pages? The built extension in real
 * Chromium; the real popup opened `--runs` times (default 15) on each of:
 *   paged    the e2e three-page article (/paged/kota): page 1, whose other pages the popup joins
 *            after page 1 shows (the joining's fetches run after the paint);
 *   single   the same page 1 with its page nav taken out: a one-page article.
 * Runs alternate (paged, single, paged, …) so neither gets the warmer browser. Prints the
 * medians of click → article received and click → article painted (the popup's own `bersih:`
 * marks, as `npm run bench:browser` reads them) and the paged / single ratio of the medians.
 *
 *   npx tsx bench/browser/pages-paint.ts [--runs N]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumPath } from '../../test/e2e/harness/chromium-path.ts';
import { launchExtension } from '../../test/e2e/harness/extension-browser.ts';
import { fixtureRoutes, PAGES_DIR } from '../../test/e2e/harness/fixture-routes.ts';
import { buildTestExtension } from '../../test/e2e/harness/global-setup.ts';
import { PopupHandle } from '../../test/e2e/harness/popup-handle.ts';
import { startStaticServer, type Resolver } from '../../test/e2e/harness/static-server.ts';
import { timeClickToPaint } from './probes.ts';
import { quantile } from './stats.ts';

function runsArg(argv: string[]): number {
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Number(argv[at + 1]) : 15;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1');
  return runs;
}

/** The e2e routes, plus /single/kota: page 1 of kota without its page nav. */
const routes: Resolver = async (url) => {
  if (url.pathname !== '/single/kota') return fixtureRoutes(url);
  const page = await readFile(join(PAGES_DIR, 'kota-1.html'), 'utf8');
  return { body: page.replace(/<div class="pagination">[\s\S]*?<\/div>/, '') };
};

const KINDS = { paged: '/paged/kota', single: '/single/kota' } as const;
type Kind = keyof typeof KINDS;

async function main(): Promise<void> {
  const runs = runsArg(process.argv.slice(2));
  const extensionDir = buildTestExtension();
  const server = await startStaticServer(routes);
  const ext = await launchExtension(chromiumPath(), extensionDir);
  const times: Record<Kind, { received: number[]; painted: number[] }> = {
    paged: { received: [], painted: [] },
    single: { received: [], painted: [] },
  };
  try {
    const page = await ext.context.newPage();
    for (let i = 0; i < runs * 2; i += 1) {
      const kind: Kind = i % 2 === 0 ? 'paged' : 'single';
      await page.goto(`${server.origin}${KINDS[kind]}`, { waitUntil: 'load' });
      const popup = await PopupHandle.open(ext.context, ext.sw, page, ext.extensionId);
      try {
        const paint = await timeClickToPaint(popup, page);
        if (!paint || paint.painted === null || paint.extracted === null) throw new Error(`${kind}: no article painted`);
        times[kind].received.push(paint.extracted);
        times[kind].painted.push(paint.painted);
      } finally {
        await popup.close();
      }
    }
  } finally {
    await ext.close();
    await server.close();
  }
  const median = (values: number[]): number => quantile(values, 0.5);
  console.log(`Popup on page 1, ${runs} runs each (ms, median; Chromium headless)\n`);
  console.log('               click → article received   click → article painted');
  for (const kind of ['paged', 'single'] as const) {
    console.log(`${kind.padEnd(15)}${median(times[kind].received).toFixed(1).padStart(24)}${median(times[kind].painted).toFixed(1).padStart(26)}`);
  }
  const ratio = median(times.paged.painted) / median(times.single.painted);
  console.log(`\npaged / single, click → painted: ×${ratio.toFixed(2)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
