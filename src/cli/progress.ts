/**
 * The progress bar of `bersih batch` on a terminal's stderr: pages done of the total, pages per
 * second and the time left, redrawn in place (`\r`) at most every `intervalMs`, and cleared at
 * the end so the terminal is left as it was. When stderr is not a terminal there is no bar at all
 * (a log keeps its one line per error), so `batchProgress` returns one that does nothing.
 */

export interface Progress {
  /** More work than planned (site memory's second pass cleans some pages again). */
  grow(n: number): void;
  /** One page done. */
  tick(): void;
  /** Erases the bar. */
  end(): void;
}

export interface ProgressOptions {
  /** Pages planned. */
  total: number;
  /** Writes to the terminal. */
  write(text: string): void;
  /** The terminal's width in columns. */
  columns?: number;
  /** Milliseconds now (a clock the tests can drive). */
  now?: () => number;
  /** Least time between redraws. */
  intervalMs?: number;
}

const NO_PROGRESS: Progress = { grow: () => {}, tick: () => {}, end: () => {} };

/** `1h02m`, `3m05s`, `42s`: the time left, to the second. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (h > 0) return `${h}h${pad(m)}m`;
  if (m > 0) return `${m}m${pad(s % 60)}s`;
  return `${s}s`;
}

/** One line of the bar, at most `columns - 1` wide (the last column would wrap on some terminals). */
export function progressLine(done: number, total: number, seconds: number, columns: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?';
  const stats = ` ${done}/${total} ${rate.toFixed(1)} pages/s ETA ${eta}`;
  const width = Math.max(0, Math.min(30, columns - 1 - stats.length - 2));
  if (width < 5) return stats.trim().slice(0, columns - 1);
  const filled = total > 0 ? Math.round((done / total) * width) : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${stats}`;
}

/** A bar drawn through `write` (see the file comment). */
export function terminalProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 200;
  // A pseudo-terminal may report 0 columns.
  const columns = options.columns || 80;
  const start = now();
  let total = options.total;
  let done = 0;
  let drawn = -Infinity;
  let shown = false;
  const draw = (force: boolean): void => {
    const t = now();
    if (!force && t - drawn < interval) return;
    drawn = t;
    shown = true;
    // `\x1b[K` clears what a longer line before it left.
    options.write(`\r${progressLine(done, total, (t - start) / 1000, columns)}\x1b[K`);
  };
  draw(true);
  return {
    grow: (n) => {
      total += n;
    },
    tick: () => {
      done++;
      draw(done === total);
    },
    end: () => {
      if (shown) options.write('\r\x1b[K');
    },
  };
}

/** The batch's progress: a bar on a terminal's stderr, nothing elsewhere. */
export function batchProgress(total: number, terminal: { isTTY?: boolean; columns?: number; write(text: string): unknown } | undefined): Progress {
  if (!terminal?.isTTY || total === 0) return NO_PROGRESS;
  return terminalProgress({ total, write: (text) => void terminal.write(text), columns: terminal.columns });
}
