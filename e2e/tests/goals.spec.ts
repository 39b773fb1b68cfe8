import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

// Specs share one database: a title of its own keeps this goal apart from every other.
const TITLE = `Lead a weaning-from-bypass debrief ${randomUUID().slice(0, 8)}`;
const NEXT_YEAR = new Date().getFullYear() + 1;

test('a mentee sets a goal, shares it with their mentor and marks it achieved', async ({ page }) => {
  await signIn(page, 'mentee@preceptor.test');
  await page.getByRole('navigation').getByRole('link', { name: 'My goals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();

  await page.getByRole('button', { name: 'Add a goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a goal' });
  // An empty title is refused at its field, and the dialog stays open with what was typed.
  await dialog.getByLabel('Details').fill('With the attending listening in.');
  await dialog.getByRole('button', { name: 'Add goal' }).click();
  await expect(dialog.getByText('Give the goal a title.')).toBeVisible();
  await expect(dialog.getByLabel('Details')).toHaveValue('With the attending listening in.');

  await dialog.getByRole('textbox', { name: 'Goal' }).fill(TITLE);
  const date = dialog.getByRole('textbox', { name: 'Target date' });
  await date.fill(`${NEXT_YEAR}-03-15`);
  await date.press('Tab');
  await dialog.getByRole('combobox', { name: 'Share with' }).click();
  await page.getByRole('option', { name: /Maya Okafor/ }).click();
  await expectNoAccessibilityViolations(page);
  await dialog.getByRole('button', { name: 'Add goal' }).click();
  await expect(dialog).toBeHidden();

  const open = page.getByRole('region', { name: /^Open goals/ });
  const card = open.getByRole('article', { name: TITLE });
  await expect(card.getByText(`Target date: 15 Mar ${NEXT_YEAR}`)).toBeVisible();
  await expect(card.getByText(/Shared with Maya Okafor/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await card.getByRole('button', { name: 'Mark achieved' }).click();
  const achieved = page.getByRole('region', { name: /^Achieved/ });
  await expect(achieved.getByRole('article', { name: TITLE })).toBeVisible();
  await expect(
    achieved.getByRole('article', { name: TITLE }).getByRole('button', { name: 'Reopen' }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("the mentor reads the mentee's shared goal and cannot change it", async ({ page }) => {
  await signIn(page, 'mentor@preceptor.test');
  await page.goto('/mentees');
  const mentee = page.getByRole('article', { name: 'Your mentee: Jordan Reyes' });
  const goals = mentee.getByRole('list', { name: "Jordan Reyes's goals" });
  const goal = goals.getByRole('listitem').filter({ hasText: TITLE });
  await expect(goal).toBeVisible();
  await expect(goal.getByText('Achieved')).toBeVisible();
  await expect(mentee.getByRole('button', { name: /Mark achieved|Reopen|Edit|Delete/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});

test('a mentee renames a goal, then deletes it after confirming', async ({ page }) => {
  const title = `Shadow a pediatric ECMO run ${randomUUID().slice(0, 8)}`;
  await signIn(page, 'mentee@preceptor.test');
  await page.goto('/goals');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const add = page.getByRole('dialog', { name: 'Add a goal' });
  await add.getByRole('textbox', { name: 'Goal' }).fill(title);
  await add.getByRole('button', { name: 'Add goal' }).click();
  const card = page.getByRole('article', { name: title });
  await expect(card.getByText(/No target date · Only you can see it/)).toBeVisible();

  await card.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit goal' });
  await expect(edit.getByRole('textbox', { name: 'Goal' })).toHaveValue(title);
  await edit.getByRole('textbox', { name: 'Goal' }).fill(`${title} twice`);
  await edit.getByRole('button', { name: 'Save goal' }).click();
  const renamed = page.getByRole('article', { name: `${title} twice` });
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this goal?' });
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(renamed).toBeVisible();
  await renamed.getByRole('button', { name: 'Delete' }).click();
  await expectNoAccessibilityViolations(page);
  await confirm.getByRole('button', { name: 'Delete goal' }).click();
  await expect(confirm).toBeHidden();
  await expect(renamed).toHaveCount(0);
});
