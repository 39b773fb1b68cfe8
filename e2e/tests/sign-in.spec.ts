import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

test('the sign-in page refuses a wrong password with a visible message', async ({ page }) => {
  await page.goto('/sign-in');
  await expectNoAccessibilityViolations(page);
  await page.getByLabel('Email').fill('mentee@preceptor.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Email or password is incorrect.');
});

const journeys = [
  { email: 'mentee@preceptor.test', sees: ['My mentor', 'My modules', 'My journal'] },
  { email: 'mentor@preceptor.test', sees: ['My mentees', 'Reflections to review'] },
  { email: 'coordinator@preceptor.test', sees: ['Hospitals', 'Cohorts'] },
  { email: 'admin@preceptor.test', sees: ['Hospitals', 'Cohorts'] },
];

for (const journey of journeys) {
  test(`${journey.email} signs in and sees their home page`, async ({ page }) => {
    // Signed out, the portal sends everyone to the sign-in page first.
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, journey.email);
    for (const heading of journey.sees) {
      await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
    }
    await expectNoAccessibilityViolations(page);
  });
}

test('the portal runs under its Content Security Policy without a single violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/sign-in');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  await signIn(page, 'mentee@preceptor.test');
  await expect(page.getByRole('heading', { name: 'My journal' }).first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('the mentee sees their matched mentor and why', async ({ page }) => {
  await signIn(page, 'mentee@preceptor.test');
  await expect(page.getByText('Why we matched you').first()).toBeVisible();
});

test('the portal works on a phone: the menu opens from the burger', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'coordinator@preceptor.test');
  await page.getByRole('button', { name: /navigation/i }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'People' })).toBeVisible();
});

test('signing out returns to the sign-in page', async ({ page }) => {
  await signIn(page, 'mentor2@preceptor.test');
  await page.getByRole('button', { name: /account menu/i }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/sign-in/);
});
