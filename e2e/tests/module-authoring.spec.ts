import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

// No other spec edits this module: its new draft is this spec's alone.
const SLUG = 'professional-boundaries';

interface ModuleFile {
  title: string;
  sections: { kind: string; title: string }[];
}

const content = parse(
  readFileSync(new URL(`../../packages/db/content/modules/${SLUG}.yaml`, import.meta.url), 'utf8'),
) as ModuleFile;

/** Section fieldsets are named "<position>. <kind>: <title>"; other fieldsets are not numbered. */
const sectionGroups = (page: Page) => page.getByRole('group', { name: /^\d+\. / });

async function sectionTitles(page: Page): Promise<string[]> {
  return sectionGroups(page)
    .getByLabel('Section title', { exact: true })
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

test('a network admin adds, removes and reorders sections of a new draft, and the draft keeps them', async ({
  page,
}) => {
  await signIn(page, 'admin@preceptor.test');
  await page.goto('/admin/modules');
  await page.getByRole('button', { name: `New draft of ${content.title}` }).click();
  // The editor renders every question of the bank at once; give a loaded machine time for it.
  await expect(page.getByRole('heading', { level: 1, name: `${content.title} — version 2` })).toBeVisible({
    timeout: 30_000,
  });
  const draftUrl = page.url();
  const original = content.sections.map((section) => section.title);
  await expect.poll(() => sectionTitles(page)).toEqual(original);
  const writtenFor = page.getByRole('group', { name: 'Written for' });
  await expect(writtenFor.getByRole('checkbox', { name: 'Perfusion' })).toBeChecked();
  await expectNoAccessibilityViolations(page);

  // A quiz and a reflection prompt exist, so only lessons and case vignettes can be added.
  await expect(page.getByRole('button', { name: 'Add a quiz' })).toBeDisabled();
  await page.getByRole('button', { name: 'Add a lesson' }).click();
  const added = sectionGroups(page).filter({ hasText: 'Key: lesson-1' });
  await expect(added).toHaveAccessibleName(`${original.length + 1}. Lesson: untitled`);
  const title = added.getByLabel('Section title');
  await expect(title).toBeFocused();
  await title.fill('Talking with families after an event');
  await expect(added).toHaveAccessibleName(
    `${original.length + 1}. Lesson: Talking with families after an event`,
  );

  // Saving without the lesson's text is refused at that field, and nothing typed is lost.
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(added.getByText('Write the lesson.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Draft not saved' })).toBeVisible();
  await expect(title).toHaveValue('Talking with families after an event');
  await added.getByLabel('Lesson text (Markdown)').fill('Say **what happened**, then listen.');
  await expectNoAccessibilityViolations(page);

  // Remove the second section, after confirming.
  await page.getByRole('button', { name: 'Remove section 2', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove this section?' });
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Remove section' }).click();
  await expect(dialog).toBeHidden();
  const afterRemoval = [
    ...original.filter((_, index) => index !== 1),
    'Talking with families after an event',
  ];
  await expect.poll(() => sectionTitles(page)).toEqual(afterRemoval);

  // Move the new lesson up twice from the keyboard; focus stays on its button as it moves.
  const last = afterRemoval.length;
  await page.getByRole('button', { name: `Move up section ${last}`, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Move up section ${last - 1}`, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Move up section ${last - 2}`, exact: true })).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: `to position ${last - 2} of ${last}` }),
  ).toBeAttached();
  const reordered = [
    ...afterRemoval.slice(0, last - 3),
    afterRemoval[last - 1],
    ...afterRemoval.slice(last - 3, last - 1),
  ];
  await expect.poll(() => sectionTitles(page)).toEqual(reordered);

  await writtenFor.getByRole('checkbox', { name: 'Nursing' }).uncheck();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();

  await page.goto(draftUrl);
  await expect(page.getByRole('heading', { level: 1, name: `${content.title} — version 2` })).toBeVisible();
  await expect.poll(() => sectionTitles(page)).toEqual(reordered);
  await expect(
    sectionGroups(page).filter({ hasText: 'Key: lesson-1' }).getByLabel('Lesson text (Markdown)'),
  ).toHaveValue('Say **what happened**, then listen.');
  await expect(writtenFor.getByRole('checkbox', { name: 'Nursing' })).not.toBeChecked();
  await expect(writtenFor.getByRole('checkbox', { name: 'Perfusion' })).toBeChecked();
});
