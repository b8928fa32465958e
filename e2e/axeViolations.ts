// axe-core's WCAG 2.1 A and AA check, for the app's, the embed's and the editor's accessibility tests.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The violations as short lines, so a failure says what and where without a wall of JSON. */
export async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}
