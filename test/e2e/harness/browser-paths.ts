/** Where the real browsers live: `$CHROME_PATH` / `$FIREFOX_PATH`, else Debian's paths. */
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.ts';

export const FIREFOX_MISSING = 'Firefox not found: apt-get install -y firefox-esr (or set FIREFOX_PATH)';

/** The Firefox executable, or throws an error whose whole text is one line saying how to get it. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const error = new Error(FIREFOX_MISSING);
  error.stack = FIREFOX_MISSING;
  throw error;
}

/** The executable of `browser`. */
export function browserPath(browser: 'chromium' | 'firefox'): string {
  return browser === 'firefox' ? firefoxPath() : chromiumPath();
}
