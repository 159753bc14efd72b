/** Timing helpers for `npm run bench`: run an operation many times, keep its median and p95. */

export interface Timing {
  iterations: number;
  medianMs: number;
  p95Ms: number;
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/**
 * Calls `operation(i)` `warmUp` times untimed (statement caches, JIT), then `iterations` times timed.
 * Each result is kept in `sink` so that nothing is optimised away.
 */
export function time(operation: (i: number) => unknown, iterations: number, warmUp = Math.ceil(iterations / 10)): Timing {
  const sink: unknown[] = [];
  for (let i = 0; i < warmUp; i++) sink[i % 4] = operation(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    sink[i % 4] = operation(i);
    samples.push(performance.now() - start);
  }
  if (sink.length === 0) throw new Error('nothing measured');
  samples.sort((a, b) => a - b);
  return { iterations, medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95) };
}

/** A plain text table, columns padded to their widest cell (numbers right-aligned). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (/^[\d.,x×–-]+$/.test(cell) && column > 0 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (value: number) => (value < 10 ? value.toFixed(3) : value.toFixed(1));

/** One operation of a benchmark module: its timing, the raw SQL it rests on, and its p95 target. */
export interface BenchRow {
  operation: string;
  timing: Timing;
  raw: Timing;
  targetMs: number;
}
