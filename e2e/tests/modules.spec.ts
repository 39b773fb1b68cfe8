import { readFileSync } from 'node:fs';
import { expect, type Locator, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

// Handoff communication is on the demo mentee's cardiac curriculum and not yet started in the seed.
const SLUG = 'handoff-communication';

interface ContentQuestion {
  key: string;
  prompt: string;
  kind: 'single' | 'multiple';
  choices: { key: string; text: string; correct: boolean }[];
}
interface ContentSection {
  kind: string;
  key: string;
  title: string;
  questions?: ContentQuestion[];
  questionsPerAttempt?: number;
  debrief?: string;
}
interface ModuleFile {
  title: string;
  sections: ContentSection[];
}

/** The module file the seed imported: the spec knows the answers the way an author does. */
const content = parse(
  readFileSync(new URL(`../../packages/db/content/modules/${SLUG}.yaml`, import.meta.url), 'utf8'),
) as ModuleFile;
const quiz = content.sections.find((section) => section.kind === 'quiz');
const reflection = content.sections.find((section) => section.kind === 'reflection');
const readings = content.sections.filter((section) => section.kind === 'lesson' || section.kind === 'case');

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The question's group in the form, found by its prompt (questions are shuffled per attempt). */
function questionGroup(form: Locator, question: ContentQuestion): Locator {
  return form.locator('.mantine-InputWrapper-root').filter({ hasText: question.prompt });
}

/**
 * Answers the questions this attempt drew from the bank (found by prompt); returns their keys.
 * Every attempt asks the per-attempt count, never the whole bank.
 */
async function answer(form: Locator, pick: (question: ContentQuestion) => string[]): Promise<string[]> {
  const asked: string[] = [];
  for (const question of quiz?.questions ?? []) {
    const group = questionGroup(form, question);
    if ((await group.count()) === 0) continue;
    asked.push(question.key);
    for (const text of pick(question)) await group.getByLabel(text, { exact: true }).check();
  }
  expect(asked).toHaveLength(quiz?.questionsPerAttempt ?? 0);
  return asked;
}

test('the demo mentee completes a module, passes its quiz on the second try and downloads the certificate', async ({
  page,
}) => {
  expect(quiz?.questions?.length).toBeGreaterThan(0);
  await signIn(page, 'mentee@preceptor.test');
  await page.goto('/modules');
  await page.getByRole('link', { name: content.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: content.title })).toBeVisible();
  await expect(page.getByText('Written for:')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'After this module you will be able to' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const sections = page.getByRole('navigation', { name: 'Sections of this module' });
  for (const section of readings) {
    await sections.getByRole('button', { name: new RegExp(escaped(section.title)) }).click();
    await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeVisible();
    const markDone = page.getByRole('button', { name: 'Mark as done' });
    if (await markDone.isVisible()) await markDone.click();
    await expect(page.getByText('Done', { exact: true }).first()).toBeVisible();
    // A worked case shows its debrief, after the discussion questions.
    if (section.kind === 'case' && section.debrief) {
      await expect(page.getByRole('heading', { name: /^Debrief/ })).toBeVisible();
    }
  }

  await sections.getByRole('button', { name: new RegExp(escaped(quiz?.title ?? 'Quiz')) }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  let form = page.getByRole('form', { name: /Quiz attempt 1/ });
  await expect(form).toBeVisible();
  await expectNoAccessibilityViolations(page);
  // First attempt: a wrong choice everywhere.
  const firstForm = await answer(form, (question) => {
    const wrong = question.choices.find((choice) => !choice.correct);
    return wrong ? [wrong.text] : [];
  });
  await form.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByText('Not passed yet')).toBeVisible();
  await expect(page.getByText(/2 attempts left/).first()).toBeVisible();
  // A failed attempt points to what to study, not to the answers.
  await expect(page.getByText('Objectives to revisit')).toBeVisible();
  await expect(page.getByText('Correct answer:')).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page.getByRole('button', { name: 'Try again' }).click();
  form = page.getByRole('form', { name: /Quiz attempt 2/ });
  await expect(form).toBeVisible();
  const secondForm = await answer(form, (question) =>
    question.choices.filter((choice) => choice.correct).map((c) => c.text),
  );
  // A parallel form: the retake asks other questions on the same objectives.
  expect(secondForm.filter((key) => firstForm.includes(key))).toEqual([]);
  await form.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Passed' }).first()).toBeVisible();

  await sections
    .getByRole('button', { name: new RegExp(escaped(reflection?.title ?? 'Reflection')) })
    .click();
  // The prompt links into the journal, which opens a draft on this prompt (one path for both).
  await page.getByRole('link', { name: 'Write your reflection' }).click();
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`Prompt from “${content.title}”`)).toBeVisible();

  await page.goto(`/modules/${SLUG}`);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download certificate (PDF)' }).click();
  const file = await download;
  const path = await file.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
});

test('staff, mentors and admins see module progress and authoring pages without accessibility problems', async ({
  page,
}) => {
  await signIn(page, 'coordinator@preceptor.test');
  await page.goto('/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Module assignments by module' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.goto('/cohorts');
  await page
    .getByRole('link', { name: /Cardiac/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Curriculum' }).click();
  await expect(page.getByRole('form', { name: 'Curriculum' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Module 1' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.context().clearCookies();
  await signIn(page, 'mentor@preceptor.test');
  await page.goto('/mentee-modules');
  await expect(page.getByRole('heading', { level: 1, name: "Mentees' modules" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.context().clearCookies();
  await signIn(page, 'admin@preceptor.test');
  await page.goto('/admin/modules');
  await expect(page.getByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
  await expect(page.getByLabel('Module file (YAML or JSON)')).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
