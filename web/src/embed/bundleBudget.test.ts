import { describe, expect, it } from 'vitest';
import { checkBudget, embedBudgets, formatKilobytes } from './bundleBudget';

const budget = { name: 'embed page JavaScript', limitBytes: 200 * 1000 };

describe('checkBudget', () => {
  it('passes files whose gzip sizes add up to the limit or less', () => {
    const report = checkBudget(budget, [
      { file: 'assets/embed-a.js', gzipBytes: 100 * 1000 },
      { file: 'assets/parser.worker-b.js', gzipBytes: 100 * 1000 },
    ]);
    expect(report.withinBudget).toBe(true);
    expect(report.totalBytes).toBe(200 * 1000);
    expect(report.lines[0]).toBe('embed page JavaScript: 200.00 kB gzip of 200.00 kB (ok)');
  });

  it('fails one byte over the limit and says so', () => {
    const report = checkBudget(embedBudgets.loader, [{ file: 'embed.js', gzipBytes: 3 * 1000 + 1 }]);
    expect(report.withinBudget).toBe(false);
    expect(report.lines).toEqual(['embed.js (loader): 3.00 kB gzip of 3.00 kB (OVER BUDGET)']);
  });

  it('fails when nothing was measured: a budget over no files checks nothing', () => {
    const report = checkBudget(budget, []);
    expect(report.withinBudget).toBe(false);
    expect(report.lines[0]).toContain('NOTHING MEASURED');
  });

  it('lists the files from the largest', () => {
    const report = checkBudget(budget, [
      { file: 'small.js', gzipBytes: 1000 },
      { file: 'large.js', gzipBytes: 10 * 1000 },
    ]);
    expect(report.lines.slice(1)).toEqual(['   10.00 kB  large.js', '    1.00 kB  small.js']);
  });

  it('does not mutate the list it is given', () => {
    const files = [
      { file: 'a.js', gzipBytes: 1 },
      { file: 'b.js', gzipBytes: 2 },
    ];
    checkBudget(budget, files);
    expect(files.map((file) => file.file)).toEqual(['a.js', 'b.js']);
  });
});

describe('formatKilobytes', () => {
  it('prints decimal kilobytes, as Vite does with two decimals', () => {
    expect(formatKilobytes(1500)).toBe('1.50 kB');
  });
});
