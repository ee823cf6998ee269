import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../build-freshness.ts';
import { articleHtml, tempDir } from './cli-harness.ts';

const run = promisify(execFile);

/** The environment without what an outer `npm test` sets, so the inner npm acts on its own folder. */
const cleanEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));

// What a user gets from the registry: the packed tarball, installed into an empty folder. The
// dependencies come from npm's cache when it has them (`npm ci` fills it); no network otherwise.
describe('the packed package', { timeout: 300_000 }, () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('installs from `npm pack` into an empty folder, and its bersih runs built JavaScript', async () => {
    const env = cleanEnv();
    const { stdout: packed } = await run('npm', ['pack', '--silent', '--pack-destination', tmp.dir], { cwd: REPO_ROOT, env });
    const tarball = join(tmp.dir, packed.trim().split('\n').at(-1)!);
    const app = join(tmp.dir, 'app');
    mkdirSync(app);
    tmp.write('app/package.json', '{"name": "app", "private": true}\n');
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: app, env });

    const bin = join(app, 'node_modules', '.bin', 'bersih');
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await run(bin, ['--version'], { cwd: app, env })).stdout).toBe(`bersih ${version}\n`);
    // Shipped built: no TypeScript sources, no tsx among what was installed.
    const installed = join(app, 'node_modules', 'bersih');
    expect(readFileSync(join(installed, 'bin', 'bersih.js'), 'utf8')).toContain("import('../dist/cli/main.js')");
    await expect(run('node', ['--input-type=module', '-e', 'import.meta.resolve("tsx")'], { cwd: app, env })).rejects.toThrow();

    const page = tmp.write('taman.html', articleHtml());
    const { stdout } = await run(bin, ['extract', page], { cwd: app, env });
    expect(stdout.split('\n')[0]).toBe('Kota Bangun Taman Baru di Tepi Sungai');
    expect(stdout).toContain('Warga menyambut baik rencana itu.');
    expect(stdout).not.toContain('Baca juga');
  });
});
