import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

/*
 * The demo pair's 30-day check-in (seeded open, as the daily scan opens one): the mentee answers
 * it at a desktop, the mentor on a phone. Answers are private, and the page says so.
 */

async function openCheckIn(page: Page) {
  await page.goto('/check-ins');
  await expect(page.getByRole('heading', { level: 1, name: 'Check-ins' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: 'Waiting for your answer' }).first();
  await expect(item).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await item.getByRole('link', { name: /^Your match with / }).click();
  await expect(page).toHaveURL(/\/check-ins\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole('heading', { level: 1, name: /^How is your match with .+ going\?$/ }),
  ).toBeVisible();
}

async function answer(page: Page, comment: string) {
  await page
    .getByRole('radiogroup', { name: /How satisfied are you/ })
    .getByRole('radio', { name: '4' })
    .check();
  await page.getByRole('radio', { name: 'About once a month' }).check();
  await page.getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel('Anything you want to add? (optional)').fill(comment);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByText(/You answered this check-in on /)).toBeVisible();
}

test('the mentee answers a check-in: mistakes shown at their questions, then thanked', async ({ page }) => {
  await signIn(page, 'mentee@preceptor.test');
  await openCheckIn(page);
  // "No" is consent to being passed on, and the question says so before anyone answers.
  await expect(page.getByText(/If you answer “No”, we tell your cohort’s coordinators/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByText('Choose how satisfied you are, from 1 to 5.')).toBeVisible();
  await expect(page.getByText('Say how often you meet.')).toBeVisible();
  await expect(page.getByText('Say whether the match is working.')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await answer(page, 'Good conversations about handoffs.');
  await page.goto('/check-ins');
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /^Your match with / })
      .first(),
  ).toContainText('Answered');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the mentor answers theirs, and the page fits the screen', async ({ page }) => {
    await signIn(page, 'mentor@preceptor.test');
    await openCheckIn(page);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await expectNoAccessibilityViolations(page);
    await answer(page, 'We meet monthly.');
    await expectNoAccessibilityViolations(page);
  });
});

test('a coordinator times the cohort’s reminders and reads the check-in results', async ({ page }) => {
  await signIn(page, 'coordinator@preceptor.test');
  await page.goto('/cohorts');
  await page.getByRole('link', { name: '2027 Cardiac & Perfusion Fellowship', exact: true }).click();
  await page.getByRole('tab', { name: 'Reminders' }).click();
  await expect(page.getByText(/This cohort uses the defaults\./)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Telling the coordinators before the mentor is refused at its field; nothing is saved.
  const escalation = page.getByLabel('Days after sharing, for the coordinators');
  await escalation.fill('3');
  await page.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByText('Tell the coordinators later than the mentor is reminded.')).toBeVisible();
  await escalation.fill('12');
  await page.getByLabel('Days without a meeting').fill('21');
  await page.getByRole('switch', { name: 'Cohort starting (members)' }).click();
  await page.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByText('Reminder settings saved.')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Reminders' }).click();
  await expect(page.getByLabel('Days without a meeting')).toHaveValue('21');
  await expect(page.getByRole('switch', { name: 'Cohort starting (members)' })).not.toBeChecked();

  await page.getByRole('link', { name: 'Check-in results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in results' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'How matches are going, by cohort' }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
