import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

/*
 * A coordinator opens the reports, follows the overdue module assignments down to the people
 * behind them (St. Mary's people only, in a cohort shared with Pacific Crest), on a desktop and
 * on a phone. The cardiac cohort's first module fell due in October 2026, so there are some. The
 * reflection pipeline has the demo's reviewed reflections (packages/db/src/seed/demo-review-history.ts).
 */

const ST_MARYS = "St. Mary's Medical Center";

async function expectFitsTheScreen(page: Page) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: window.innerWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.screen);
}

async function openOverdue(page: Page) {
  const learning = page.getByRole('region', { name: 'Learning' });
  await expect(learning.getByRole('table', { name: 'Module assignments by module' })).toBeVisible();
  await learning.getByRole('link', { name: /overdue module assignments$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overdue module assignments' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Overdue module assignments' });
  await expect(table).toBeVisible();
  return table;
}

test('a coordinator opens overdue modules in the reports and sees who', async ({ page }) => {
  await signIn(page, 'coordinator@preceptor.test');
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page).toHaveURL(/\/reports/);
  // The first visit downloads the reports chunk and runs every section: slow on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Match health' }).getByText('No data yet.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cohorts compared' }).getByRole('table')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The demo's review history reaches the reports: the demo mentee's first review, in September
  // at habitual action, leads to him (a St. Mary's mentee, so one of this coordinator's people).
  const pipeline = page.getByRole('region', { name: 'Reflection pipeline' });
  await expect(pipeline.getByRole('table', { name: 'REFLECT levels by month' })).toBeVisible();
  await pipeline.getByRole('link', { name: /mentees reviewed at habitual action in 2026-09$/ }).click();
  const reviewed = page.getByRole('table', { name: 'Mentees reviewed at habitual action in 2026-09' });
  await expect(reviewed).toContainText('Jordan Reyes');
  await page.getByRole('link', { name: 'Back to reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

  const table = await openOverdue(page);
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    await expect(row).toContainText('Overdue');
    await expect(row).toContainText(ST_MARYS);
    await expect(row).not.toContainText('Pacific Crest');
  }
  await expectNoAccessibilityViolations(page);

  // The list downloads whole, as on screen: the coordinator's own hospital's people only.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Overdue module assignments as CSV' }).click(),
  ]);
  const lines = (await readFile(await download.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
  expect(lines[0]).toBe('Name,Email,Hospital,Cohort,Module,Status,Due,Completed');
  expect(lines.length - 1).toBe(await rows.count());
  for (const line of lines.slice(1)) {
    expect(line).toContain(ST_MARYS);
    expect(line).not.toContain('Pacific Crest');
  }

  // The search narrows the list; the way back keeps the report's filters.
  const first = (await rows.first().locator('th, td').first().textContent())?.trim() ?? '';
  await page.getByLabel('Search this list').fill(first);
  await expect(page).toHaveURL(/search=/);
  await expect(rows.first()).toContainText(first);
  await page.getByRole('link', { name: 'Back to reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
});

test('the reports and the overdue list work on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'coordinator@preceptor.test');
  await page.goto('/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Learning' }).getByRole('table').first()).toBeVisible();
  await expectFitsTheScreen(page);
  await expectNoAccessibilityViolations(page);

  await openOverdue(page);
  await expectFitsTheScreen(page);
  await expectNoAccessibilityViolations(page);
});
