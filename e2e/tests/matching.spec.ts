import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

/** The id of the coordinator's cardiac cohort, read through the API with the page's session. */
async function cardiacCohortId(page: Page): Promise<string> {
  const response = await page.request.get('/trpc/cohorts.list');
  const body = (await response.json()) as { result: { data: { json: { id: string; name: string }[] } } };
  const cohort = body.result.data.json.find((c) => c.name.includes('Cardiac'));
  if (!cohort) throw new Error('The coordinator sees no cardiac cohort');
  return cohort.id;
}

// Publishing only adds matches for mentees who had none; the named demo pairs stay as they are.
test('a coordinator runs matching for a cohort, pins a pair, re-runs and publishes', async ({ page }) => {
  await signIn(page, 'coordinator@preceptor.test');
  const cohortId = await cardiacCohortId(page);
  await page.goto(`/cohorts/${cohortId}/matching`);
  await expect(page.getByRole('heading', { level: 1, name: /Matching: .*Cardiac/ })).toBeVisible();

  await page.getByRole('button', { name: /^Run (matching|again)$/ }).click();
  const proposals = page.getByRole('region', { name: 'Proposals' });
  const firstPin = proposals.getByRole('button', { name: /^Pin / }).first();
  await expect(firstPin).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await expect(page.getByRole('region', { name: /Unmatched mentees/ })).toBeVisible();

  const pairLabel = ((await firstPin.getAttribute('aria-label')) ?? '').replace(/^Pin /, '');
  await firstPin.click();
  const rules = page.getByRole('region', { name: 'Pins and exclusions' });
  await expect(rules.getByText(pairLabel)).toBeVisible();

  await page.getByRole('button', { name: 'Run again' }).click();
  await expect(proposals.getByText('Pinned')).toBeVisible();

  await page.getByRole('button', { name: 'Publish…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish these matches?' });
  await expect(dialog).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await dialog.getByRole('button', { name: 'Publish matches' }).click();
  await expect(page.getByText(/match(es)? published/)).toBeVisible();
  const matches = page.getByRole('region', { name: 'Matches' });
  await expect(matches.getByRole('button', { name: `End match of ${pairLabel}` })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('a mentee sees why they were matched and where to rank preferred mentors', async ({ page }) => {
  await signIn(page, 'mentee@preceptor.test');
  await page.goto('/matching');
  await expect(page.getByRole('heading', { level: 1, name: 'My matches' })).toBeVisible();
  await expect(page.getByText('Why we matched you').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Not a good fit?' })).toBeVisible();
  // Whether mentors still have room depends on other specs' publications; the section is always there.
  await expect(page.getByRole('heading', { name: /^Preferred mentors: / })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
