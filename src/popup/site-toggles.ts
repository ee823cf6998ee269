/**
 * "Auto-clean this site" and "Auto-clean all sites". Turning one on asks for the host permission
 * first thing in the click handler: browsers only show the prompt during a user gesture, so no
 * `await` may come before `permissions.request`. The settings are saved only once granted.
 */
import type { Permissions } from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { ALL_SITES_PATTERNS, originPattern } from '../shared/origins.ts';
import type { Settings } from '../shared/settings.ts';

export interface SiteToggleDeps {
  permissions: {
    request(permissions: Permissions.Permissions): Promise<boolean>;
    remove(permissions: Permissions.Permissions): Promise<boolean>;
  };
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
}

type SiteSettings = Pick<Settings, 'autoCleanAll' | 'autoCleanSites'>;

/**
 * Whether auto-clean is on for `origin`. Sites are compared by the match pattern they grant,
 * not as strings: the background's permission reconciler (src/background/permission-intent.ts)
 * may save the same site without its port (`http://127.0.0.1` for `http://127.0.0.1:8080`)
 * in a race with this popup's own save, and both mean the same registration.
 */
export function siteIsOn(settings: SiteSettings, origin: string): boolean {
  const pattern = originPattern(origin);
  return settings.autoCleanSites.some((site) => originPattern(site) === pattern);
}

/** Settings after switching auto-clean of `origin` on or off (every entry of the same site goes). */
export function withSite(settings: SiteSettings, origin: string, on: boolean): string[] {
  const pattern = originPattern(origin);
  const others = settings.autoCleanSites.filter((site) => originPattern(site) !== pattern);
  return on ? [...others, origin] : others;
}

function switchRow(doc: Document, name: string, label: string, checked: boolean): [HTMLElement, HTMLInputElement] {
  const row = doc.createElement('label');
  row.className = 'switch';
  const input = doc.createElement('input');
  input.type = 'checkbox';
  input.name = name;
  input.setAttribute('role', 'switch');
  input.checked = checked;
  const text = doc.createElement('span');
  text.textContent = label;
  row.append(input, text);
  return [row, input];
}

/**
 * Handles a click on a switch: for "on", requests `origins` (synchronously, inside the gesture)
 * then saves `patch(true)`; for "off", saves `patch(false)` then releases `origins`.
 * On refusal or failure the switch is put back and `status` says why.
 */
function onToggle(
  input: HTMLInputElement,
  status: HTMLElement,
  origins: string[],
  deps: SiteToggleDeps,
  patch: (on: boolean) => Partial<Settings>,
): void {
  const on = input.checked;
  const done = on
    ? deps.permissions.request({ origins }).then(async (granted) => {
        if (!granted) throw new Error(t('permissionRefused'));
        await deps.saveSettings(patch(true));
        return t('autoCleanOn');
      })
    : deps.saveSettings(patch(false)).then(async () => {
        await deps.permissions.remove({ origins }).catch(() => false);
        return t('autoCleanOff');
      });
  input.disabled = true;
  done
    .then((message) => {
      status.textContent = message;
      status.dataset.outcome = 'ok';
    })
    .catch((error: unknown) => {
      input.checked = !on;
      status.textContent = error instanceof Error ? error.message : String(error);
      status.dataset.outcome = 'error';
    })
    .finally(() => {
      input.disabled = false;
    });
}

/**
 * The two switches for the page at `origin`. `settings` must be loaded before the popup shows
 * them, so the click handler has everything it needs without awaiting.
 */
export function renderSiteToggles(
  doc: Document,
  origin: string,
  settings: SiteSettings,
  deps: SiteToggleDeps,
): HTMLElement {
  const section = doc.createElement('section');
  section.className = 'site-toggles';
  const host = new URL(origin).hostname;
  const [siteRow, siteInput] = switchRow(
    doc,
    'autoCleanSite',
    t('autoCleanThisSite', host),
    siteIsOn(settings, origin),
  );
  const [allRow, allInput] = switchRow(doc, 'autoCleanAll', t('autoCleanAllSites'), settings.autoCleanAll);
  const status = doc.createElement('p');
  status.className = 'toggle-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  // The sites list the "this site" patch builds on; kept current as switches succeed.
  let sites = settings.autoCleanSites;
  siteInput.addEventListener('click', () => {
    onToggle(siteInput, status, [originPattern(origin)], deps, (on) => {
      sites = withSite({ autoCleanAll: false, autoCleanSites: sites }, origin, on);
      return { autoCleanSites: sites };
    });
  });
  allInput.addEventListener('click', () => {
    onToggle(allInput, status, [...ALL_SITES_PATTERNS], deps, (on) => ({ autoCleanAll: on }));
  });
  section.append(siteRow, allRow, status);
  return section;
}
