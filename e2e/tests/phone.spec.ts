import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

/*
 * The portal on a 390 × 844 phone: nothing pushes the page sideways, every badge reads in full,
 * lessons come first and moving on lands on the next one. No other spec touches this module.
 */
test.use({ viewport: { width: 390, height: 844 } });

const SLUG = 'informed-consent';
const content = parse(
  readFileSync(new URL(`../../packages/db/content/modules/${SLUG}.yaml`, import.meta.url), 'utf8'),
) as { title: string; sections: { kind: string; key: string; title: string; attemptsAllowed?: number }[] };

/** The page is no wider than the screen, and no badge is cut short. */
async function expectFitsThePhone(page: Page) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: window.innerWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.screen);
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.mantine-Badge-root, .mantine-Badge-label')]
      .filter((badge) => badge.scrollWidth > badge.clientWidth + 1)
      .map((badge) => badge.textContent),
  );
  expect(cut).toEqual([]);
}

test('a mentee works through a module on a phone: the section first, focus on the next one', async ({
  page,
}) => {
  await signIn(page, 'mentee@preceptor.test');
  await page.goto(`/modules/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: content.title })).toBeVisible();
  const readings = content.sections.filter((s) => s.kind === 'lesson' || s.kind === 'case');
  const [first, second] = readings;
  if (!first || !second) throw new Error('the module has fewer than two readings');

  // The open section's heading is on the first screen, under a one-line step picker.
  const heading = page.getByRole('heading', { level: 2, name: first.title });
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('combobox', { name: 'Section' })).toBeVisible();
  await expectFitsThePhone(page);
  await expectNoAccessibilityViolations(page);

  // Mark as done: the next lesson opens and its heading has the focus, on screen.
  await page.getByRole('button', { name: 'Mark as done' }).click();
  const next = page.getByRole('heading', { level: 2, name: second.title });
  await expect(next).toBeFocused();
  await expect(next).toBeInViewport();

  // The quiz says which readings are still unread, and opening it spends no attempt.
  const quiz = content.sections.find((s) => s.kind === 'quiz');
  if (!quiz) throw new Error('the module has no quiz');
  await page.getByRole('combobox', { name: 'Section' }).selectOption(quiz.key);
  await expect(page.getByRole('heading', { level: 2, name: quiz.title })).toBeFocused();
  await expect(page.getByText('Read the lessons first')).toBeVisible();
  await expect(page.getByRole('button', { name: first.title, exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: second.title, exact: true })).toBeVisible();
  const allowed = quiz.attemptsAllowed ?? 3;
  await expect(page.getByText(`${allowed} of ${allowed} attempts left.`)).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('form', { name: /Quiz attempt 1/ })).toBeVisible();
  await expectFitsThePhone(page);
  await expectNoAccessibilityViolations(page);
  await page.reload();
  await page.getByRole('combobox', { name: 'Section' }).selectOption(quiz.key);
  await expect(page.getByText(`${allowed} of ${allowed} attempts left.`)).toBeVisible();
  await expect(page.getByRole('form', { name: /Quiz attempt 1/ })).toBeVisible();
});

test('staff pages fit a phone: tables become cards with every field labelled', async ({ page }) => {
  await signIn(page, 'coordinator@preceptor.test');
  for (const [path, heading] of [
    ['/', /./],
    ['/people', 'People'],
    ['/cohorts', 'Cohorts'],
    ['/hospitals', 'Hospitals'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectFitsThePhone(page);
    await expectNoAccessibilityViolations(page);
  }

  // People: each row is a card whose cells carry their column's name.
  await page.goto('/people');
  const table = page.getByRole('table').first();
  await expect(table.locator('tbody td[data-label="Email"]').first()).toBeVisible();

  // A cohort's members: the remove action is reachable on the card and asks first.
  await page.goto('/cohorts');
  await page
    .getByRole('link', { name: /Cardiac/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Members' }).click();
  const remove = page.getByRole('button', { name: /^Remove .* from the cohort$/ }).first();
  await remove.scrollIntoViewIfNeeded();
  await expect(remove).toBeInViewport({ ratio: 1 });
  await expectFitsThePhone(page);
  await expectNoAccessibilityViolations(page);
  await remove.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Remove from cohort' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();

  // Matching: the proposals and matches tables fit as well.
  await page.getByRole('main').getByRole('link', { name: 'Matching', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Matching: / })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectFitsThePhone(page);
  await expectNoAccessibilityViolations(page);
});

for (const size of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
]) {
  test.describe(`on a ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the import preview shows each problem beside its row and marks the cell', async ({ page }) => {
      await signIn(page, 'coordinator@preceptor.test');
      await page.goto('/people/import');
      const header =
        'email,first_name,last_name,hospital,role,profession,specialty,years_experience,capacity';
      await page.locator('input[type="file"]').setInputFiles({
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([header, 'kim@stmarys.example,Kim,Lee,SMH,mentee,Perfusion,,ten,'].join('\n')),
      });
      // The problem sits in the row's own cells, next to the line number, within the screen's
      // width (no sideways scroll to reach it).
      const row = page.getByRole('row').filter({ hasText: 'years_experience "ten" is not a whole number.' });
      await expect(row.getByRole('cell', { name: /ten \(has a problem\)/ })).toBeVisible();
      const problem = row.getByText('years_experience "ten" is not a whole number.');
      const box = await problem.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(size.width);
      // A plain import (no cohort) says the role column goes unused.
      await expect(page.getByText('The role column is not used here')).toBeVisible();
      await expectNoAccessibilityViolations(page);
      if (size.name === 'phone') await expectFitsThePhone(page);
    });

    test('the hospitals page lists its hospitals once', async ({ page }) => {
      await signIn(page, 'admin@preceptor.test');
      await page.goto('/hospitals');
      await expect(page.getByRole('table', { name: 'Partner hospitals' })).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(2); // partner hospitals and staff roles
      await expectNoAccessibilityViolations(page);
      if (size.name === 'phone') await expectFitsThePhone(page);
    });

    test('a mentor sees the reviews they gave and comments on a whole paragraph', async ({ page }) => {
      await signIn(page, 'mentor@preceptor.test');
      await page.goto('/reviews');
      await expect(page.getByRole('heading', { name: 'Reviewed' })).toBeVisible();
      await expectNoAccessibilityViolations(page);
      const waiting = page.getByRole('link', { name: /^Reflection shared/ }).first();
      if (size.name === 'phone') await expectFitsThePhone(page);
      await waiting.click();
      await expect(page.getByTestId('reflection-text')).toBeVisible();
      await expect(page.getByText('When your mentor reviews')).toHaveCount(0);
      await page.getByRole('button', { name: 'Comment on this paragraph' }).click();
      await expect(page.getByLabel(/^Comment on “/)).toBeVisible();
      await expectNoAccessibilityViolations(page);
      if (size.name === 'phone') await expectFitsThePhone(page);
    });
  });
}
