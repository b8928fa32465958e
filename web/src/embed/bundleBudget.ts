// The embed's weight budget (issue 4.5): the loader must stay tiny, the embed page light. Pure: the
// build plugin measures the files and prints and enforces what this returns.

export interface BundleFile {
  file: string;
  gzipBytes: number;
}

export interface Budget {
  /** What is measured, as the build prints it: "embed.js", "embed page JavaScript". */
  name: string;
  limitBytes: number;
}

export interface BudgetReport {
  budget: Budget;
  files: BundleFile[];
  totalBytes: number;
  withinBudget: boolean;
  /** One line for the total, then one per file from the largest. */
  lines: string[];
}

// Decimal kilobytes, as Vite prints its own sizes, so the two reports agree.
const kB = 1000;

export const embedBudgets = {
  loader: { name: 'embed.js (loader)', limitBytes: 3 * kB },
  page: { name: 'embed page JavaScript', limitBytes: 200 * kB },
} as const satisfies Record<string, Budget>;

export function checkBudget(budget: Budget, files: readonly BundleFile[]): BudgetReport {
  const sorted = [...files].sort((a, b) => b.gzipBytes - a.gzipBytes || a.file.localeCompare(b.file));
  const totalBytes = sorted.reduce((sum, file) => sum + file.gzipBytes, 0);
  const withinBudget = files.length > 0 && totalBytes <= budget.limitBytes;
  const verdict = files.length === 0 ? 'NOTHING MEASURED' : withinBudget ? 'ok' : 'OVER BUDGET';
  const lines = [
    `${budget.name}: ${formatKilobytes(totalBytes)} gzip of ${formatKilobytes(budget.limitBytes)} (${verdict})`,
    ...(sorted.length > 1 ? sorted.map((file) => `  ${formatKilobytes(file.gzipBytes).padStart(9)}  ${file.file}`) : []),
  ];
  return { budget, files: sorted, totalBytes, withinBudget, lines };
}

export function formatKilobytes(bytes: number): string {
  return `${(bytes / kB).toFixed(2)} kB`;
}
