/** The toolbar badge: how many blocks the auto-clean removed on a tab. */
import { browser } from '../shared/browser.ts';

/** Green to match the icon; set once per install since Chrome keeps it. */
export const BADGE_COLOUR = '#1f7a4d';

/** The badge text for a removal count: empty (no badge) for zero, capped so it fits. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

/** Shows `count` on the badge of `tabId`; does nothing for a sender without a tab. */
export async function setTabBadge(tabId: number | undefined, count: number): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  await browser.action.setBadgeText({ tabId, text: badgeText(count) });
}

/** Sets the badge colour (called on install). */
export async function initBadge(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
}
