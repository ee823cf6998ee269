/**
 * Auto-join: where auto-clean tidies a page in place and the "add the other pages" option is on,
 * the page's first tidy report (`tidyCount` with `first`) makes the background inject the
 * extractor and ask it for `showWholeHere`, as the popup's button does. The extractor looks at
 * the page's links first: a page with no other pages costs the injection and that look, nothing
 * more. It fetches from the page's own origin only (what the site's auto-clean grant, or the
 * page itself, allows), within the joiner's limits: 20 pages, a time budget, each URL once; a
 * page that fails leaves the joined ones and a note in the page naming it.
 */
import { sendToTab } from '../shared/messaging.ts';
import { loadSettings, type Settings } from '../shared/settings.ts';
import { injectExtractor } from './open-reader.ts';

/**
 * Adds the other pages of the article in the top frame of `tabId` when the settings ask for it.
 * Resolves to how many pages were added (0 when off, for a frame, or for a one-page article).
 */
export async function autoJoinPages(
  tabId: number | undefined,
  frameId: number | undefined,
  settings: () => Promise<Pick<Settings, 'autoJoinPages' | 'mode'>> = loadSettings,
): Promise<number> {
  // The extractor runs in the top frame: a tidied frame's report starts nothing.
  if (tabId === undefined || tabId < 0 || (frameId ?? 0) !== 0) return 0;
  const { autoJoinPages: on, mode } = await settings();
  if (!on || mode !== 'tidy') return 0;
  const injected = await injectExtractor(tabId);
  if (!injected.ok) return 0;
  return (await sendToTab(tabId, 'showWholeHere', {}))?.added ?? 0;
}
