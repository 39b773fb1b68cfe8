import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export interface AccessibilityScope {
  /** Check only this part of the page. */
  include?: string;
  /** Leave this part out (e.g. a widget another spec covers). */
  exclude?: string;
  /** Rules switched off, each with its reason in the calling spec. */
  disableRules?: string[];
}

/**
 * WCAG 2.1 A/AA with axe; each violation is listed with the elements it was found on and axe's
 * own summary (for contrast: the two colours and the ratio), so a failure can be fixed from the log.
 */
export async function expectNoAccessibilityViolations(page: Page, scope: AccessibilityScope = {}) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (scope.include) builder.include(scope.include);
  if (scope.exclude) builder.exclude(scope.exclude);
  if (scope.disableRules) builder.disableRules(scope.disableRules);
  const results = await builder.analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.help}\n${v.nodes
          .map((n) => `  ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`)
          .join('\n')}`,
    ),
  ).toEqual([]);
}
