import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

test('a person chooses how each kind of email reaches them', async ({ page }) => {
  await signIn(page, 'mentor2@preceptor.test');
  await page.goto('/account');
  const choice = page.getByRole('radiogroup', { name: 'A shared reflection awaits your review' });
  await expect(choice.getByRole('radio', { name: 'Email at once' })).toBeChecked();
  // The radio shows the saved choice, so it turns checked only once the server has answered:
  // click, then wait for it, rather than check(), which expects the change at once.
  await choice.getByRole('radio', { name: 'Daily digest email' }).click();
  await expect(choice.getByRole('radio', { name: 'Daily digest email' })).toBeChecked();
  await expectNoAccessibilityViolations(page);
  await page.reload();
  await expect(
    page
      .getByRole('radiogroup', { name: 'A shared reflection awaits your review' })
      .getByRole('radio', { name: 'Daily digest email' }),
  ).toBeChecked();
});

test('without a mail server, a network admin reads each email in the outbox as it would arrive', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const stamp = Date.now().toString(36);
  await signIn(page, 'admin@preceptor.test');
  await page.goto('/people/new');
  await page.getByLabel('First name').fill('Omar');
  await page.getByLabel('Last name').fill(`Outbox${stamp}`);
  await page.getByLabel('Email').fill(`omar-${stamp}@stmarys.example`);
  await page.getByRole('combobox', { name: 'Hospital' }).click();
  await page.getByRole('option', { name: /St\. Mary's Medical Center/ }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  const link = (await page.getByTestId('setup-link').textContent()) ?? '';
  expect(link).toContain('/set-password?token=');

  await page.getByRole('navigation').getByRole('link', { name: 'Outbox' }).click();
  const table = page.getByRole('table', { name: 'Outbox' });
  const row = table.getByRole('row').filter({ hasText: `omar-${stamp}@stmarys.example` });
  await expect(row.getByText('Queued')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await row.getByRole('button', { name: 'You are invited to Preceptor' }).click();

  const dialog = page.getByRole('dialog', { name: 'You are invited to Preceptor' });
  const email = dialog.frameLocator('iframe');
  await expect(email.getByText('Hello Omar,')).toBeVisible();
  await expect(email.getByRole('link', { name: 'Choose your password' })).toHaveAttribute('href', link);
  await dialog.getByRole('tab', { name: 'Plain text' }).click();
  await expect(dialog.getByText(link)).toBeVisible();
  expect(violations).toEqual([]);
});
