import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { copyFonts, FONT_COPIES } from '../../scripts/fonts.ts';
import { FONT_FILES } from '../../src/background/font-data.ts';
import { REPO_ROOT } from '../build-freshness.ts';

// font-data.ts imports the polyfill seam, which refuses to load outside an extension.
vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

describe('the bundled dyslexia-friendly font', () => {
  it('is copied into the build with its licence text, where the background reads it', () => {
    const out = mkdtempSync(join(tmpdir(), 'bersih-fonts-'));
    try {
      copyFonts(REPO_ROOT, out);
      for (const [, to] of FONT_COPIES) expect(existsSync(join(out, to)), to).toBe(true);
      for (const file of Object.values(FONT_FILES)) {
        // woff2 files start with the signature "wOF2".
        expect(readFileSync(join(out, file)).subarray(0, 4).toString('latin1'), file).toBe('wOF2');
      }
      const licence = readFileSync(join(out, 'fonts/OpenDyslexic-OFL.txt'), 'utf8');
      expect(licence).toContain('SIL Open Font License, Version 1.1');
      expect(licence).toContain('OpenDyslexic');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
