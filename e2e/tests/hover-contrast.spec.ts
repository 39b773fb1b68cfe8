import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

/**
 * Colour contrast is checked at rest by every spec; these are the states only a pointer reveals.
 * Mantine swaps the background on hover (light shade 2 under the active nav link and subtle
 * buttons, shade 9 under filled ones), so each hovered element is checked on its own.
 */
async function expectReadableWhenHovered(page: Page, element: Locator) {
  await element.hover();
  // Proves the hover state is what axe sees, not the resting one; the mark scopes axe to it.
  const hovered = await element.evaluate((node) => {
    node.setAttribute('data-hover-check', '');
    return node.matches(':hover');
  });
  expect(hovered).toBe(true);
  await expectNoAccessibilityViolations(page, { include: '[data-hover-check]' });
  await element.evaluate((node) => node.removeAttribute('data-hover-check'));
}

test('the active nav link and subtle, red subtle and filled buttons read at AA when hovered', async ({
  page,
}) => {
  await signIn(page, 'admin@preceptor.test');
  await page.getByRole('link', { name: 'Hospitals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hospitals' })).toBeVisible();

  const activeLink = page.getByRole('navigation').getByRole('link', { name: 'Hospitals' });
  await expect(activeLink).toHaveAttribute('data-active', 'true');
  await expectReadableWhenHovered(page, activeLink);

  const edit = page.getByRole('button', { name: /^Edit / }).first();
  await expectReadableWhenHovered(page, edit);

  const deactivate = page.getByRole('button', { name: /^Deactivate / }).first();
  await expectReadableWhenHovered(page, deactivate);

  const add = page.getByRole('button', { name: 'Add hospital' });
  await expectReadableWhenHovered(page, add);
});
