import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

/*
 * The way in for imported people: a coordinator imports them with invitations ticked, sees who
 * is invited on the people list, and no link; the invitation waits in the outbox (no mail server
 * in the demo), where a network admin reads it as it would arrive; the invitee follows its link,
 * chooses a password and signs in, and the people list then says so.
 */
test('a coordinator invites imported people, and one gets in from the emailed link', async ({ browser }) => {
  test.slow();
  const stamp = Date.now().toString(36);
  const email = `ines-${stamp}@stmarys.example`;
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, 'coordinator@preceptor.test');
  await coordinator.goto('/people/import');
  await expect(
    coordinator.getByRole('checkbox', {
      name: 'Email an invitation to everyone imported who was never invited',
    }),
  ).toBeChecked();
  await coordinator.locator('input[type="file"]').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'email,first_name,last_name,hospital',
        `${email},Ines,Vitee${stamp},SMH`,
        `jon-${stamp}@stmarys.example,Jon,Vitee${stamp},SMH`,
      ].join('\n'),
    ),
  });
  await coordinator.getByRole('button', { name: 'Import 2 people' }).click();
  await expect(coordinator.getByText('2 invitations sent to the outbox.')).toBeVisible();

  await coordinator.goto(`/people?q=Vitee${stamp}&access=INVITED`);
  const people = coordinator.getByRole('table', { name: 'People' });
  await expect(people.getByRole('link', { name: `Ines Vitee${stamp}` })).toBeVisible();
  await expect(people.getByRole('link', { name: `Jon Vitee${stamp}` })).toBeVisible();
  await expect(people.getByText('Invited').first()).toBeVisible();
  await expectNoAccessibilityViolations(coordinator);
  // The person's page offers resend and revoke, never the link itself.
  await people.getByRole('link', { name: `Ines Vitee${stamp}` }).click();
  await expect(coordinator.getByRole('button', { name: 'Resend invitation' })).toBeVisible();
  await expect(coordinator.getByRole('button', { name: 'Revoke invitation' })).toBeVisible();
  await expect(coordinator.getByText('/set-password?token=')).toHaveCount(0);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin@preceptor.test');
  await admin.goto('/outbox');
  const row = admin.getByRole('table', { name: 'Outbox' }).getByRole('row').filter({ hasText: email });
  await row.getByRole('button', { name: 'You are invited to Preceptor' }).click();
  const dialog = admin.getByRole('dialog', { name: 'You are invited to Preceptor' });
  await dialog.getByRole('tab', { name: 'Plain text' }).click();
  const text = (await dialog.getByRole('tabpanel').textContent()) ?? '';
  const link = /https?:\/\/\S+\/set-password\?token=[\w-]+/.exec(text)?.[0];
  expect(link, text).toBeTruthy();

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(new URL(link ?? '').pathname + new URL(link ?? '').search);
  await invitee.getByLabel('New password').fill('an invitation well taken');
  await invitee.getByRole('button', { name: 'Set password' }).click();
  await expect(invitee.getByText('Your password is set.')).toBeVisible();
  await invitee.goto('/sign-in');
  await invitee.getByLabel('Email').fill(email);
  await invitee.getByLabel('Password').fill('an invitation well taken');
  await invitee.getByRole('button', { name: 'Sign in' }).click();
  await expect(invitee).not.toHaveURL(/sign-in/);

  await coordinator.goto(`/people?q=${encodeURIComponent(email)}`);
  await expect(coordinator.getByRole('table', { name: 'People' }).getByText('Signed in')).toBeVisible();
});
