/** Summaries of repeated runs, and the machine they ran on. */
import { cpus, loadavg, totalmem, release, type } from 'node:os';
import type { RunResult } from './load.js';

/** The value at quantile `q` (0–1) of `sorted`, ascending. */
export const quantile = (sorted: ArrayLike<number>, q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** The median of a list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface Summary {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Lowest and highest req/s over the rounds, to show the noise. */
  low: number;
  high: number;
}

/** Medians over the rounds of one (operation, target) pair. */
export function summarise(rounds: RunResult[]): Summary {
  const rates = rounds.map((r) => r.requestsPerSecond);
  return {
    requestsPerSecond: median(rates),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    low: Math.min(...rates),
    high: Math.max(...rates),
  };
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started: above the core count, other work competed. */
  loadAtStart: number;
}

/** What the results were measured on. */
export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${type()} ${release()}`,
    loadAtStart: loadavg()[0],
  };
}

/** The current 1-minute load average. */
export const currentLoad = () => loadavg()[0];
