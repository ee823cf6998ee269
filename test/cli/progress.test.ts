import { describe, expect, it } from 'vitest';
import { batchProgress, formatDuration, progressLine, terminalProgress } from '../../src/cli/progress.ts';

describe('batch progress bar', () => {
  it('formats the time left to the second, minute or hour', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(42.4)).toBe('42s');
    expect(formatDuration(185)).toBe('3m05s');
    expect(formatDuration(3720)).toBe('1h02m');
    expect(formatDuration(Infinity)).toBe('?');
  });

  it('shows pages done, pages per second and the time left within the width', () => {
    const line = progressLine(50, 200, 10, 80);
    expect(line).toBe(`[${'#'.repeat(8)}${'-'.repeat(22)}] 50/200 5.0 pages/s ETA 30s`);
    expect(line.length).toBeLessThan(80);
    expect(progressLine(0, 10, 0, 80)).toContain('0/10 0.0 pages/s ETA ?');
    // A narrow terminal keeps the figures and drops the bar.
    expect(progressLine(5, 10, 1, 30)).toBe('5/10 5.0 pages/s ETA 1s');
  });

  it('redraws in place at most once an interval, always at the last page, and erases itself', () => {
    let t = 0;
    const out: string[] = [];
    const bar = terminalProgress({ total: 3, write: (s) => out.push(s), now: () => t, intervalMs: 100, columns: 60 });
    expect(out).toHaveLength(1);
    t = 50;
    bar.tick();
    expect(out).toHaveLength(1);
    t = 1000;
    bar.tick();
    expect(out.at(-1)).toMatch(/^\r\[.*\] 2\/3 2\.0 pages\/s ETA 1s/);
    expect(out.at(-1)!.endsWith('\x1b[K')).toBe(true);
    bar.grow(1);
    t = 1001;
    bar.tick();
    expect(out).toHaveLength(2);
    bar.tick();
    expect(out.at(-1)).toContain('4/4');
    bar.end();
    expect(out.at(-1)).toBe('\r\x1b[K');
  });

  it('draws nothing when stderr is not a terminal', () => {
    const out: string[] = [];
    const bar = batchProgress(5, { isTTY: false, write: (s) => out.push(s) });
    bar.tick();
    bar.end();
    expect(out).toEqual([]);
    batchProgress(5, { isTTY: true, columns: 80, write: (s) => out.push(s) }).end();
    expect(out).toHaveLength(2);
  });
});
