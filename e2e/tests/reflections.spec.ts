import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

test('a mentee is warned about a patient name, fixes it, shares; the mentor reviews; the mentee sees the feedback', async ({
  browser,
}) => {
  // A title of its own, so this journey never depends on (or spoils) the seeded reflections.
  // Letters only: a long number in the title would itself be flagged as a possible record number.
  const tag = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
    '',
  );
  const title = `Speaking up at the pump, ${tag}`;

  const mentee = await (await browser.newContext()).newPage();
  await signIn(mentee, 'mentee@preceptor.test');
  await mentee.goto('/journal');
  await mentee.getByRole('link', { name: 'New reflection' }).click();
  await expect(mentee).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  await mentee.getByLabel('Title').fill(title);
  const body = mentee.getByRole('textbox', { name: 'Reflection text' });
  await body.click();
  await body.pressSequentially(
    'During the run Mr. Alvarez became hypotensive and I hesitated before speaking up.',
  );

  await expect(mentee.getByText('Check 1 passage before sharing')).toBeVisible();
  await expect(mentee.locator('.identifier-finding[data-kind="Name"]')).toHaveText('Mr. Alvarez');
  await expect(mentee.getByRole('button', { name: 'Share with my mentor' })).toBeDisabled();
  await expectNoAccessibilityViolations(mentee);

  await mentee.getByRole('button', { name: 'Edit “Mr. Alvarez”' }).click();
  await mentee.keyboard.type('the patient');
  await expect(mentee.getByText('No patient identifiers found')).toBeVisible();
  await expect(mentee.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 10_000 });
  await mentee.getByRole('button', { name: 'Share with my mentor' }).click();
  await expect(mentee.getByText('Shared with mentor').first()).toBeVisible();

  const mentor = await (await browser.newContext()).newPage();
  await signIn(mentor, 'mentor@preceptor.test');
  await mentor.goto('/reviews');
  await mentor.getByRole('link', { name: title }).click();
  await expect(mentor.getByTestId('reflection-text')).toContainText('the patient became hypotensive');
  await expectNoAccessibilityViolations(mentor);

  // Select a passage and comment on it.
  await mentor.getByTestId('reflection-text').locator('p').first().selectText();
  await mentor.getByRole('button', { name: 'Comment on the selected passage' }).click();
  await mentor.getByLabel(/^Comment on “/).fill('What made you hesitate?');
  await mentor.getByRole('radio', { name: /Thoughtful action/ }).check();
  await mentor.getByLabel('General comment').fill('Good catch. Next time, tell me what you felt.');
  await mentor.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(mentor).toHaveURL(/\/reviews$/);

  await mentee.goto('/journal');
  await mentee.getByRole('link', { name: title }).click();
  const feedback = mentee.getByRole('article', { name: /Feedback from/ });
  await expect(feedback).toContainText('Good catch. Next time, tell me what you felt.');
  await expect(feedback).toContainText('REFLECT: Thoughtful action');
  await expect(feedback).toContainText('What made you hesitate?');
});
