import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

const FORMULA = '=HYPERLINK("https://evil.example","Open")';

test('staff download the people list as CSV, formulas defused, and read the export in the audit log', async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const email = `formula-${stamp}@stmarys.example`;
  await signIn(page, 'coordinator@preceptor.test');

  // A person whose name a spreadsheet would run as a formula.
  await page.goto('/people/new');
  await page.getByLabel('First name').fill(FORMULA);
  await page.getByLabel('Last name').fill('Formula');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('combobox', { name: 'Hospital' }).click();
  await page.getByRole('option', { name: /St\. Mary's Medical Center/ }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByTestId('setup-link')).toBeVisible();

  await page.goto(`/people?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole('table', { name: 'People' }).getByText(email)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download people as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^people-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const lines = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Name,Email,Hospital,Profession,Specialty,Roles in open cohorts,Status,Getting in');
  expect(lines[1]).toBe(
    `"'=HYPERLINK(""https://evil.example"",""Open"") Formula",${email},St. Mary's Medical Center,,,,Active,Invited`,
  );
  expect(lines.filter(Boolean)).toHaveLength(2);

  await page.goto('/audit');
  const log = page.getByRole('table', { name: 'Audit log' });
  await expect(log).toBeVisible();
  await page.getByRole('combobox', { name: 'Action' }).fill('Exported');
  await page.getByRole('option', { name: 'Exported a list' }).click();
  await expect(log.getByRole('cell', { name: /^Exported People as CSV \(1 row\)/ }).first()).toBeVisible();
  await expect(log.getByText('Renée Castellano').first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
