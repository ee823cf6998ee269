/**
 * Shared helpers of the CLI tests: a temp folder of small pages written by the test itself, and a
 * runner that spawns the real `node bin/bersih.js`, exactly as a user (or `npm run clean`) does.
 * It runs the built CLI (dist/cli), which ./global-setup.ts rebuilds when the sources are newer.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/bersih.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `bersih` with `args` (and optional stdin) and resolves when it exits. Asynchronous so the
 * tests can run several CLI processes at once (each pays jsdom's start-up in its page worker).
 */
export function bersih(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    // The CLI may stop reading stdin early (size cap); that is not a test failure.
    child.stdin.on('error', () => {});
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh temp folder and a writer for files in it; `cleanup` removes it. */
export function tempDir(): { dir: string; write(name: string, data: string | Buffer): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bersih-cli-'));
  return {
    dir,
    write: (name, data) => {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const PARAGRAPHS = [
  'Pemerintah kota mengumumkan rencana pembangunan taman baru di tepi sungai pada Senin pagi. Taman itu akan memiliki jalur sepeda, area bermain anak, dan kebun warga yang dikelola bersama oleh penduduk sekitar.',
  'Wali kota mengatakan proyek tersebut dibiayai dari anggaran daerah dan bantuan swasta. Pekerjaan fisik dijadwalkan mulai bulan depan dan ditargetkan selesai sebelum musim hujan tahun berikutnya.',
  'Warga menyambut baik rencana itu. Menurut mereka, kawasan tepi sungai selama ini kumuh dan jarang dikunjungi, padahal letaknya strategis dan dekat dengan pusat kota serta beberapa sekolah dasar.',
  'Dinas lingkungan hidup juga akan menanam ratusan pohon peneduh di sepanjang jalur pejalan kaki. Pohon-pohon itu dipilih dari jenis lokal yang tahan banjir dan mudah dirawat oleh petugas taman.',
];

/**
 * A small Indonesian news page of our own: headline, four paragraphs, a "Baca juga:" related-link
 * insert in the middle of the body (the pattern the project exists for), and optional head tags.
 */
export function articleHtml(options: { title?: string; head?: string } = {}): string {
  const title = options.title ?? 'Kota Bangun Taman Baru di Tepi Sungai';
  const [p1, p2, p3, p4] = PARAGRAPHS.map((p) => `<p>${p}</p>`);
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title>${options.head ?? ''}</head>
<body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
<article><h1>${title}</h1>${p1}${p2}
<p><strong>Baca juga:</strong> <a href="/berita/lain">Harga Cabai Naik Menjelang Akhir Tahun</a></p>
${p3}${p4}<p>Ikuti berita terkini lainnya setiap hari.</p></article>
<footer>Hak cipta 2026 Contoh Media</footer></body></html>`;
}

/** A page with markup but no text at all (an image gallery shell): the core finds no article. */
export const NO_ARTICLE_HTML = '<!doctype html><html><head><title>Galeri</title></head><body><div id="app"><div class="slides"><img src="/a.jpg" alt=""></div></div></body></html>';

/** The first bytes of a PNG, then binary noise. */
export const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0]);
