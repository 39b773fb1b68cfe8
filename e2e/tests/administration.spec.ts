import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

// Records of its own (a new cohort, new people), so the demo data stays as other specs expect it.
test('a coordinator creates a cohort, imports people into it and adds one more', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const cohortName = `E2E preceptors ${stamp}`;
  await signIn(page, 'coordinator@preceptor.test');

  await page.goto('/cohorts');
  await page.getByRole('button', { name: 'New cohort' }).click();
  const dialog = page.getByRole('dialog', { name: 'New cohort' });
  await dialog.getByRole('button', { name: 'Create cohort' }).click();
  await expect(dialog.getByText('Enter the cohort’s name.')).toBeVisible();
  await dialog.getByLabel('Name').fill(cohortName);
  await dialog.getByRole('combobox', { name: 'Hospitals' }).click();
  await page.getByRole('option', { name: /St\. Mary's Medical Center/ }).click();
  await page.keyboard.press('Escape');
  await dialog.getByLabel('Start date').fill('2027-03-01');
  await dialog.getByLabel('End date').fill('2027-02-01');
  await dialog.getByRole('button', { name: 'Create cohort' }).click();
  await expect(dialog.getByText('The end date must come after the start date.')).toBeVisible();
  await dialog.getByLabel('End date').fill('2027-09-30');
  await dialog.getByRole('button', { name: 'Create cohort' }).click();

  await expect(page.getByRole('heading', { level: 1, name: cohortName })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Members' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Import into this cohort' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Import people into ${cohortName}` }),
  ).toBeVisible();
  const header = 'email,first_name,last_name,hospital,role,profession,specialty,years_experience,capacity';
  const upload = async (name: string, rows: string[]) =>
    page.locator('input[type="file"]').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].join('\n')),
    });

  await upload('bad.csv', [`ada-${stamp}@stmarys.example,Ada,Byrne,SMH,boss,Perfusion,,12,2`]);
  await expect(page.getByText('role "boss" is neither mentor nor mentee.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 1 people' })).toBeDisabled();

  await upload('people.csv', [
    `ada-${stamp}@stmarys.example,Ada,Byrne,SMH,mentor,Perfusion,Pediatric,12,2`,
    `ben-${stamp}@stmarys.example,Ben,Castro,SMH,mentee,Perfusion,,2,`,
    `cleo-${stamp}@stmarys.example,Cleo,Duarte${stamp},SMH,,Nursing,,9,`,
  ]);
  await expect(page.getByText('3 rows · no problems')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(page.getByText('3 created, 0 updated, 0 unchanged.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the cohort' }).click();

  const members = page.getByRole('table', { name: `Members of ${cohortName}` });
  await expect(members.getByRole('link', { name: 'Ada Byrne' })).toBeVisible();
  await expect(members.getByRole('link', { name: 'Ben Castro' })).toBeVisible();
  await expect(members.getByText('Mentor · 2 max')).toBeVisible();

  // Cleo came in without a role: add her by picking her, as a mentor.
  await page.getByRole('button', { name: 'Add members' }).click();
  const add = page.getByRole('dialog', { name: `Add members to ${cohortName}` });
  await add.getByRole('radio', { name: 'Mentor' }).check();
  await add.getByRole('combobox', { name: 'People' }).fill(`Duarte${stamp}`);
  await page.getByRole('option', { name: new RegExp(`Cleo Duarte${stamp}`) }).click();
  await page.keyboard.press('Escape');
  await add.getByRole('button', { name: 'Add to cohort' }).click();
  await expect(members.getByRole('link', { name: `Cleo Duarte${stamp}` })).toBeVisible();
  await expect(members.getByText('Mentor · 2 max')).toHaveCount(2);
});

test('staff create a person, who sets a password with the one-time link and signs in', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const email = `nia-${stamp}@stmarys.example`;
  await signIn(page, 'coordinator@preceptor.test');
  await page.goto('/people');
  await expect(page.getByRole('table', { name: 'People' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('link', { name: 'Add person' }).click();
  await page.getByLabel('First name').fill('Nia');
  await page.getByLabel('Last name').fill('Okafor');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('combobox', { name: 'Hospital' }).click();
  await page.getByRole('option', { name: /St\. Mary's Medical Center/ }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  const link = (await page.getByTestId('setup-link').textContent()) ?? '';
  expect(link).toContain('/set-password?token=');

  await page.context().clearCookies();
  // A link cut short says so above the form before anything is sent.
  await page.goto('/set-password');
  await page.getByLabel('New password').fill('a long and memorable password');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your password was not set' })).toContainText(
    'This link is incomplete.',
  );

  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Set your password' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  await page.getByLabel('New password').fill('a long and memorable password');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByText('Your password is set.')).toBeVisible();

  // The link works once: using it again says so above the form, where the password cannot fix it.
  await page.goto(link);
  await page.getByLabel('New password').fill('another long and memorable password');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your password was not set' })).toContainText(
    'This link has expired or was already used.',
  );

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long and memorable password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
});

// Refused before anything is sent, so no demo person gains a role.
test('a network admin is told what a staff role still needs', async ({ page }) => {
  await signIn(page, 'admin@preceptor.test');
  await page.goto('/hospitals');
  const person = page.getByRole('combobox', { name: 'Person' });
  await page.getByRole('button', { name: 'Grant role' }).click();
  await expect(page.getByText('Choose a person.')).toBeVisible();
  await expect(person).toBeFocused();
  await person.fill('mentee@preceptor.test');
  await page.getByRole('option', { name: /mentee@preceptor\.test/ }).click();
  await page.getByRole('button', { name: 'Grant role' }).click();
  await expect(page.getByText('Choose at least one hospital to coordinate.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Hospitals to coordinate' })).toBeFocused();
});

test('the admin pages read well for assistive technology, on a phone too', async ({ page }) => {
  await signIn(page, 'admin@preceptor.test');
  await page.goto('/hospitals');
  await expect(page.getByRole('table', { name: 'Partner hospitals' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Staff roles' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.goto('/audit');
  await expect(page.getByRole('table', { name: 'Audit log' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Action' }).fill('Signed in');
  await page.getByRole('option', { name: 'Signed in', exact: true }).click();
  await expect(
    page
      .getByRole('table', { name: 'Audit log' })
      .getByRole('cell', { name: /^Signed in \(auth\.sign_in\)/ })
      .first(),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.goto('/people?q=mentee%40preceptor.test');
  await page.getByRole('table', { name: 'People' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Details and profile' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/profile');
  await expect(page.getByLabel('Years of experience')).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
