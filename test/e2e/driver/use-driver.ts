/**
 * Per-file setup for the scenario files: one browser with the extension for the whole file
 * (Firefox takes 6-12 s to start, Chromium ~1.5 s; CI has two cores), chosen by the vitest
 * project (`e2e-chromium`, `e2e-firefox`).
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium.ts';
import type { DriverOptions } from './common.ts';
import { launchFirefox } from './firefox/driver.ts';
import type { BrowserName, Driver } from './types.ts';

type Launched = Driver & { close(): Promise<void> };

const LAUNCHERS: Record<BrowserName, (options: DriverOptions) => Promise<Launched>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};

/**
 * Launches this project's browser before the file's tests and closes it after them. The driver
 * returned is usable inside tests and hooks; its `name` is known at once (for test titles).
 */
export function useDriver(): Driver {
  const name = inject('e2eBrowser');
  let launched: Launched | undefined;
  beforeAll(async () => {
    launched = await LAUNCHERS[name]({
      executable: inject('browserPath'),
      extensionDir: inject('extensionDir'),
      origin: inject('e2eOrigin'),
    });
  });
  afterAll(async () => {
    await launched?.close();
  });
  return new Proxy({ name } as Driver, {
    get(target, key) {
      if (key === 'name') return name;
      if (!launched) throw new Error('the browser is not launched yet (use the driver inside tests and hooks)');
      const value = launched[key as keyof Launched];
      return typeof value === 'function' ? value.bind(launched) : value;
    },
  });
}
