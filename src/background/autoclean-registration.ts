/**
 * Keeps the dynamically registered auto-clean content script in step with the settings and the
 * host permissions the user granted. The "what should be registered" part is pure
 * (`desiredMatches`, `planRegistration`); `syncAutoCleanRegistration` only reads and applies.
 */
import { browser, type Scripting } from '../shared/browser.ts';
import { ALL_SITES_PATTERNS, originPattern } from '../shared/origins.ts';
import { loadSettings, type Settings } from '../shared/settings.ts';

export const AUTOCLEAN_SCRIPT_ID = 'bersih-autoclean';
export const AUTOCLEAN_FILE = 'content/autoclean.js';

type SiteSettings = Pick<Settings, 'autoCleanAll' | 'autoCleanSites'>;

/** Every match pattern the settings ask for, before checking which ones are granted. */
export function candidatePatterns(settings: SiteSettings): string[] {
  const sites = settings.autoCleanSites.map(originPattern);
  return [...new Set([...(settings.autoCleanAll ? ALL_SITES_PATTERNS : []), ...sites])];
}

/**
 * The match patterns the auto-clean script should run on: the granted candidates. A site
 * pattern whose scheme is already covered by a granted all-sites pattern is left out (it would
 * only duplicate the match); sites stay registered when the all-sites grant was refused.
 */
export function desiredMatches(settings: SiteSettings, granted: ReadonlySet<string>): string[] {
  const broad = settings.autoCleanAll ? ALL_SITES_PATTERNS.filter((p) => granted.has(p)) : [];
  const coveredSchemes = new Set(broad.map((p) => p.slice(0, p.indexOf(':'))));
  const sites = settings.autoCleanSites
    .map(originPattern)
    .filter((p) => granted.has(p) && !coveredSchemes.has(p.slice(0, p.indexOf(':'))));
  return [...new Set([...broad, ...sites])].sort();
}

/** The registration for `matches`; fixed fields live here so the plan can compare them. */
export function autoCleanScript(matches: string[]): Scripting.RegisteredContentScript {
  return {
    id: AUTOCLEAN_SCRIPT_ID,
    js: [AUTOCLEAN_FILE],
    matches,
    // document_end: the article DOM is parsed, and tidying before images/ads finish loading
    // means less visible clutter; the script itself watches for late-inserted slots.
    runAt: 'document_end',
    allFrames: false,
  };
}

export type RegistrationPlan =
  | { action: 'none' }
  | { action: 'register'; script: Scripting.RegisteredContentScript }
  | { action: 'update'; script: Scripting.RegisteredContentScript }
  | { action: 'unregister' };

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const sorted = [...(a ?? [])].sort();
  return sorted.length === b.length && sorted.every((v, i) => v === [...b].sort()[i]);
}

/** What to change so that the registration `existing` becomes the one for `matches`. */
export function planRegistration(
  matches: string[],
  existing: Scripting.RegisteredContentScript | undefined,
): RegistrationPlan {
  if (matches.length === 0) return existing ? { action: 'unregister' } : { action: 'none' };
  const script = autoCleanScript(matches);
  if (!existing) return { action: 'register', script };
  const same =
    sameList(existing.matches, script.matches ?? []) &&
    sameList(existing.js, script.js ?? []) &&
    existing.runAt === script.runAt &&
    Boolean(existing.allFrames) === Boolean(script.allFrames);
  return same ? { action: 'none' } : { action: 'update', script };
}

async function grantedCandidates(settings: SiteSettings): Promise<Set<string>> {
  const granted = new Set<string>();
  for (const pattern of candidatePatterns(settings)) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.add(pattern);
  }
  return granted;
}

async function applyPlan(plan: RegistrationPlan): Promise<void> {
  switch (plan.action) {
    case 'none':
      return;
    case 'register':
      return browser.scripting.registerContentScripts([plan.script]);
    case 'update':
      return browser.scripting.updateContentScripts([plan.script]);
    case 'unregister':
      return browser.scripting.unregisterContentScripts({ ids: [AUTOCLEAN_SCRIPT_ID] });
  }
}

/** Reads settings, grants and the current registration, and applies the difference. */
async function syncOnce(): Promise<RegistrationPlan> {
  const settings = await loadSettings();
  const granted = await grantedCandidates(settings);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTOCLEAN_SCRIPT_ID] });
  const plan = planRegistration(desiredMatches(settings, granted), existing[0]);
  await applyPlan(plan);
  return plan;
}

// Events arrive in bursts (a permission grant is followed by the settings write); running the
// syncs one after another keeps two of them from both seeing "nothing registered" and both
// registering the same id. This chain holds no data, so losing it when the worker sleeps is fine.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Brings the registration in line with settings and grants. Idempotent: safe to call on every
 * install, startup, settings change and permission change.
 */
export function syncAutoCleanRegistration(): Promise<RegistrationPlan> {
  const run = queue.then(syncOnce, syncOnce);
  queue = run.catch(() => undefined);
  return run;
}
