import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chromeManifest,
  FIREFOX_MIN_VERSION,
  firefoxManifest,
  GECKO_ID,
  testChromeManifest,
  type Manifest,
} from '../../scripts/manifests.ts';

const source = JSON.parse(readFileSync(join(import.meta.dirname, '../../manifest.json'), 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

describe('manifest.json (the source)', () => {
  it('is Manifest V3 with localised name and description', () => {
    expect(source.manifest_version).toBe(3);
    expect(source.name).toBe('__MSG_extName__');
    expect(source.description).toBe('__MSG_extDescription__');
    expect(source.default_locale).toBe('en');
    expect(source.version).toBe(pkg.version);
  });

  it('asks for no host access up front, only optional', () => {
    expect(source.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
    expect(source.host_permissions).toBeUndefined();
    expect(source.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('has a strict CSP for extension pages', () => {
    const csp = (source.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('has keyboard shortcuts for the popup and the reader view', () => {
    const commands = source.commands as Record<string, { suggested_key?: { default?: string }; description?: string }>;
    expect(commands._execute_action?.suggested_key?.default).toBeTruthy();
    expect(commands['open-reader']?.suggested_key?.default).toBe('Alt+Shift+R');
    expect(commands['open-reader']?.description).toBe('__MSG_commandOpenReader__');
  });
});

describe('derived manifests', () => {
  it('Chrome runs the background as a service worker', () => {
    const chrome = chromeManifest(source);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.host_permissions).toBeUndefined();
  });

  it("Chrome's toolbar button has no popup of its own (the click opens it: background/action-click.ts), Firefox's has", () => {
    const popupOf = (manifest: Manifest): unknown => (manifest.action as { default_popup?: string }).default_popup;
    expect(popupOf(source)).toBe('popup/popup.html');
    expect(popupOf(chromeManifest(source))).toBeUndefined();
    expect(popupOf(testChromeManifest(source))).toBeUndefined();
    expect(popupOf(firefoxManifest(source))).toBe('popup/popup.html');
    // action.openPopup() for every extension came with Chrome 127.
    expect(Number(chromeManifest(source).minimum_chrome_version)).toBeGreaterThanOrEqual(127);
  });

  it('Firefox gets an event page, its id, minimum version and data-collection declaration', () => {
    const firefox = firefoxManifest(source);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
    });
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.permissions).toEqual(source.permissions);
  });

  it('only the test build gets host access, to the local fixture server', () => {
    expect(testChromeManifest(source).host_permissions).toEqual(['http://127.0.0.1/*', 'http://www.cnnindonesia.com/*']);
    expect(source.host_permissions).toBeUndefined();
  });
});
