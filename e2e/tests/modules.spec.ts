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

/** The module whose draft the authoring check opens: no other spec edits it. */
const authored = parse(
  readFileSync(
    new URL('../../packages/db/content/modules/scope-of-practice-and-supervision.yaml', import.meta.url),
    'utf8',
  ),
) as { title: string; objectives: { text: string }[]; review: { lastReviewed: string } };

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
  // The whole journey, from first lesson to the certificate's public check: more than a minute
  // on a busy two-core machine.
  test.slow();
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

  // The certificate's public check: opened signed out, on a phone, it names the person, the
  // module and the day, and nothing else of theirs.
  const printedId =
    (await page.getByText(/^Certificate ID [A-Z2-7-]{29}:/).textContent())?.slice(15, 44) ?? '';
  await page.getByRole('link', { name: 'its verification page' }).click();
  await expect(page).toHaveURL(/\/verify\/[A-Z2-7]{24}$/);
  const verifyUrl = page.url();
  await page.context().clearCookies();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(verifyUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Verify a certificate' })).toBeVisible();
  const valid = page.getByRole('status').filter({ hasText: 'Valid certificate' });
  await expect(valid).toBeVisible();
  await expect(valid.getByText(content.title, { exact: true })).toBeVisible();
  await expect(valid.getByText(printedId, { exact: true })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('@preceptor.test');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoAccessibilityViolations(page);

  // An id typed from paper, mistyped: the same page says no certificate has it.
  const mistyped = `${printedId.slice(0, -1)}${printedId.endsWith('A') ? 'B' : 'A'}`.toLowerCase();
  await page.getByRole('textbox', { name: 'Certificate ID' }).fill(mistyped);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('Not a valid certificate')).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('staff, mentors and admins see module progress and authoring pages without accessibility problems', async ({
  page,
}) => {
  // Four people's pages and the module editor, which renders a whole question bank.
  test.slow();
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

  // The editor's objectives, references, codes of ethics and review, on a module no other spec
  // edits. A vague objective stays in the draft as typed and is refused at publishing, in place.
  await page.getByRole('button', { name: `New draft of ${authored.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${authored.title} — version 2` })).toBeVisible({
    timeout: 30_000,
  });
  const objectives = page.getByRole('group', { name: 'Learning objectives' });
  const firstObjective = objectives.getByLabel('Objective 1', { exact: true });
  await expect(firstObjective).toHaveValue(authored.objectives[0]?.text ?? '');
  await expect(
    page.getByRole('group', { name: 'Codes of ethics' }).getByLabel('Code 1 citation'),
  ).toBeVisible();
  await expect(page.getByLabel('Last reviewed')).toHaveValue(authored.review.lastReviewed);
  await firstObjective.fill('Understand the scope of practice.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  // Saving rewrites every section and question of the bank: slow on a loaded machine.
  await expect(page.getByText('Draft saved.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Publish this version' }).click();
  await expect(objectives.getByText(/^Start with something a learner can be seen doing/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(firstObjective).toHaveValue('Understand the scope of practice.');
  await expectNoAccessibilityViolations(page);
});
