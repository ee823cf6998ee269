/** Where the real Chromium lives: `$CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
import { existsSync } from 'node:fs';

export const CHROMIUM_MISSING = 'Chromium not found: apt-get install -y chromium (or set CHROME_PATH)';

/** The Chromium executable, or throws an error whose whole text is one line saying how to get it. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const error = new Error(CHROMIUM_MISSING);
  // One line, no stack: the fix is all the reader needs.
  error.stack = CHROMIUM_MISSING;
  throw error;
}
