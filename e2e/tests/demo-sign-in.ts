import { expect, type Page } from '@playwright/test';

/** Every demo person's password (packages/db/src/seed/demo-accounts.ts). */
export const DEMO_PASSWORD = 'preceptor-demo';

/** Signs a demo person in through the form and waits until the portal has left the sign-in page. */
export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}
