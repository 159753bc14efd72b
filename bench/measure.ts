/** Timing helpers for `npm run bench`: run an operation many times, keep its median and p95. */
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';

// A full garbage collection before each operation is measured, so that what the previous one left
// is not collected during this one's runs (what an operation allocates itself is still counted).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

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

/** The median and p95 of samples already taken (in milliseconds). */
export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { iterations: sorted.length, medianMs: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95) };
}

/**
 * Calls `operation(i)` `warmUp` times untimed (statement caches, JIT), then `iterations` times timed.
 * The heap is collected first.
 * Each result is kept in `sink` so that nothing is optimised away.
 */
export function time(operation: (i: number) => unknown, iterations: number, warmUp = Math.ceil(iterations / 10)): Timing {
  collectGarbage();
  const sink: unknown[] = [];
  for (let i = 0; i < warmUp; i++) sink[i % 4] = operation(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    sink[i % 4] = operation(i);
    samples.push(performance.now() - start);
  }
  if (sink.length === 0) throw new Error('nothing measured');
  return summarise(samples);
}

/** The same for an operation that answers later (a command whose work is asynchronous). */
export async function timeAsync(operation: (i: number) => Promise<unknown>, iterations: number, warmUp = Math.ceil(iterations / 10)): Promise<Timing> {
  collectGarbage();
  for (let i = 0; i < warmUp; i++) await operation(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await operation(warmUp + i);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/** A plain text table, columns padded to their widest cell (numbers right-aligned). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (/^[\d.,x×–-]+$/.test(cell) && column > 0 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (value: number) => (value < 10 ? value.toFixed(3) : value.toFixed(1));

/** The DESIGN §7 bars, p95 in milliseconds. */
export const TARGETS = {
  screen: 10,
  billingRun: 200,
  fec: 300,
  verify: 2000,
  firstScreen: 1000,
} as const;

/**
 * One operation measured on one dataset: its timing, the raw SQL it rests on (plain prepared
 * statements reading the same rows), and the p95 it must stay under (`null`: DESIGN §7 sets none).
 */
export interface BenchRow {
  /** The same words at 1 and at 10 years: the growth is computed by operation. */
  operation: string;
  /** What this dataset gave it to do: the period, how many rows came back. */
  detail: string;
  timing: Timing;
  raw: Timing | null;
  targetMs: number | null;
}

/** The machine's load averages (1, 5, 15 minutes), rounded: noted beside every measurement. */
export function load(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}
