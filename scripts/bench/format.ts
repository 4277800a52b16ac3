/** How the benchmark writes its figures and tables. */
import type { Stats } from './measure';

/** Milliseconds with three significant digits or so. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return value.toFixed(digits);
}

/** A ratio: `489×`. */
export function times(ratio: number): string {
  return `${ratio.toFixed(ratio >= 10 ? 0 : ratio >= 1 ? 1 : 2)}×`;
}

/** Bytes as kB. */
export function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** hit@3 / MRR@5. */
export function score({ hitAt3, mrrAt5 }: { hitAt3: number; mrrAt5: number }): string {
  return `${hitAt3.toFixed(2)} / ${mrrAt5.toFixed(2)}`;
}

/** p50 / p95 (n), with "capped" when a time budget ended it and "est." when it was scaled. */
export function cell(stats: (Stats & { estimated?: boolean }) | undefined): string {
  if (!stats) return '–';
  const note = stats.estimated ? ', est.' : stats.capped ? ', capped' : '';
  return `${ms(stats.p50)} / ${ms(stats.p95)} (n=${stats.n}${note})`;
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (row: string[]) => `| ${row.map((text) => text.replace(/\|/gu, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function consoleTable(header: string[], rows: string[][]): string {
  const widths = header.map((text, i) => Math.max(text.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((text, i) => text.padEnd(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
