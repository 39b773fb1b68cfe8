import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';
import { LEVELS, rateAllCriteria, rateCriterion, writeStrengthAndQuestion } from './review-form.ts';

function reflectionIdIn(url: string): string {
  const id = /\/journal\/([0-9a-f-]{36})$/.exec(url)?.[1];
  if (!id) throw new Error(`No reflection id in ${url}`);
  return id;
}

/** The review queue shows no titles (reading one is audited), so its entry is found by link. */
/** The entry in the review queue; a reflection reviewed before also appears under "Reviewed", further down. */
function queueEntry(mentor: Page, reflectionId: string) {
  return mentor.locator(`a[href="/reviews/${reflectionId}"]`).first();
}

test('a mentee is warned about a patient name, fixes it, shares; the mentor reviews; the mentee sees the feedback', async ({
  browser,
}) => {
  // The whole journey (write, check, share, rate five criteria, answer, growth) on a shared machine.
  test.slow();
  // A title of its own, so this journey never depends on (or spoils) the seeded reflections.
  // Letters only: a long number in the title would itself be flagged as a possible record number.
  const tag = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
    '',
  );
  const title = `Speaking up at the pump, ${tag}`;

  const mentee = await (await browser.newContext()).newPage();
  await signIn(mentee, 'mentee@preceptor.test');
  await mentee.goto('/journal');
  await mentee.getByRole('link', { name: 'New reflection' }).click();
  // Nothing is stored until the first letter: the title starts the draft.
  await expect(mentee).toHaveURL(/\/journal\/new$/);
  await mentee.getByLabel('Title').fill(title);
  await expect(mentee).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  const reflectionId = reflectionIdIn(mentee.url());
  await expect(mentee.getByLabel('Title')).toHaveValue(title);
  const body = mentee.getByRole('textbox', { name: 'Reflection text' });
  await body.click();
  await body.pressSequentially(
    'During the run Mr. Alvarez became hypotensive and I hesitated before speaking up.',
  );

  await expect(mentee.getByText('Check 1 passage before sharing')).toBeVisible();
  await expect(mentee.locator('.identifier-finding[data-kind="Name"]')).toHaveText('Mr. Alvarez');
  await expect(mentee.getByRole('button', { name: 'Share with my mentor' })).toBeDisabled();
  await expectNoAccessibilityViolations(mentee);

  await mentee.getByRole('button', { name: 'Edit “Mr. Alvarez”' }).click();
  await mentee.keyboard.type('the patient');
  await expect(mentee.getByText('No patient identifiers found')).toBeVisible();
  await expect(mentee.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 10_000 });
  await mentee.getByRole('button', { name: 'Share with my mentor' }).click();
  await expect(mentee.getByText('Shared with mentor').first()).toBeVisible();

  const mentor = await (await browser.newContext()).newPage();
  await signIn(mentor, 'mentor@preceptor.test');
  await mentor.goto('/reviews');
  await queueEntry(mentor, reflectionId).click();
  await expect(mentor.getByTestId('reflection-text')).toContainText('the patient became hypotensive');
  await expectNoAccessibilityViolations(mentor);

  // Select a passage and comment on it.
  const text = mentor.getByTestId('reflection-text');
  await text.locator('p').first().selectText();
  await mentor.getByRole('button', { name: 'Comment on the selected passage' }).click();
  await mentor.getByLabel(/^Comment on “/).fill('What made you hesitate?');

  // Each criterion is rated with its anchor text in view; the overall level follows from them.
  const presence = mentor.getByRole('radiogroup', { name: /^Presence/ });
  await expect(
    presence.getByText('The writer appears, but keeps the experience at a distance.'),
  ).toBeVisible();
  await expect(mentor.getByText('Rate all five criteria to see the overall level.')).toBeVisible();
  await rateCriterion(mentor, 'Writing spectrum', LEVELS.reflection);
  await rateCriterion(mentor, 'Presence', LEVELS.critical);
  await rateCriterion(mentor, 'Description of conflict or disorienting dilemma', LEVELS.thoughtful);
  await rateCriterion(mentor, 'Attending to emotions', LEVELS.thoughtful);
  // Below reflection there is no learning axis to answer.
  await rateCriterion(mentor, 'Analysis and meaning making', LEVELS.thoughtful);
  await expect(mentor.getByText('From the criteria: Thoughtful action or introspection.')).toBeVisible();
  await expect(mentor.getByRole('radiogroup', { name: /^Learning shown/ })).toHaveCount(0);
  await rateCriterion(mentor, 'Analysis and meaning making', LEVELS.reflection);
  await expect(mentor.getByText('From the criteria: Reflection.')).toBeVisible();

  // At reflection the learning axis appears with nothing chosen: sending without an answer is refused.
  const learning = mentor.getByRole('radiogroup', { name: /^Learning shown/ });
  await expect(learning.getByRole('radio', { checked: true })).toHaveCount(0);
  await text.locator('p').first().selectText();
  await mentor.getByRole('button', { name: 'Quote the selected passage as a strength' }).click();
  await expect(mentor.getByLabel('A strength, quoted from the text')).toHaveValue(
    /I hesitated before speaking up/,
  );
  await mentor.getByLabel('What is strong about it').fill('You admit the hesitation plainly.');
  await mentor
    .getByLabel('One question to take the thinking further')
    .fill('What would have helped you speak sooner?');
  await mentor.getByRole('checkbox', { name: 'The writer seems distressed' }).check();
  await mentor.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(
    mentor.getByText('Choose the learning this writing shows, or leave it unrated.'),
  ).toBeVisible();
  await learning.getByRole('radio', { name: 'Transformative' }).check();
  await mentor.getByLabel('Anything else (optional)').fill('Good catch. Next time, tell me what you felt.');
  await expectNoAccessibilityViolations(mentor);
  await mentor.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(mentor).toHaveURL(/\/reviews$/);

  // The mentee sees the quoted strength, the question, support for distress, and every criterion.
  await mentee.goto('/journal');
  await mentee.getByRole('link', { name: title }).click();
  const feedback = mentee.getByRole('article', { name: /Feedback from/ });
  await expect(feedback).toContainText('Good catch. Next time, tell me what you felt.');
  await expect(feedback).toContainText('REFLECT: Reflection');
  await expect(feedback).toContainText('Transformative learning');
  await expect(feedback).toContainText('Presence: Critical reflection');
  await expect(feedback).toContainText('I hesitated before speaking up');
  await expect(feedback).toContainText('What would have helped you speak sooner?');
  await expect(feedback.getByText('Support is there for you')).toBeVisible();
  await expect(feedback).toContainText('What made you hesitate?');

  // The mentee answers and records the next step they agreed; the mentor reads it.
  await feedback
    .getByLabel('Your response', { exact: true })
    .fill('I was afraid of being wrong in front of the surgeon.');
  await feedback
    .getByLabel('Next step you agreed with your mentor')
    .fill('Say the pressure out loud at once.');
  await feedback.getByRole('button', { name: 'Save response' }).click();
  await expect(feedback).toContainText('Agreed next step: Say the pressure out loud at once.');
  await expectNoAccessibilityViolations(mentee);

  // Growth per criterion, as a chart and as a table, and in words.
  await mentee.goto('/journal');
  const growth = mentee.getByRole('region', { name: 'Growth in reflection' });
  await expect(growth.getByRole('img', { name: /per criterion/ })).toBeVisible();
  await growth.getByText('Table', { exact: true }).click();
  await expect(growth.getByRole('radio', { name: 'Table' })).toBeChecked();
  const table = growth.getByRole('region', { name: /REFLECT levels per review/ });
  await expect(table.getByRole('columnheader', { name: 'Presence' })).toBeVisible();
  await expect(growth.getByText(/^Presence: /)).toBeVisible();
  await expectNoAccessibilityViolations(mentee);

  await mentor.goto(`/reviews/${reflectionId}`);
  const earlier = mentor.getByRole('article', { name: /Feedback from/ });
  await expect(earlier).toContainText('I was afraid of being wrong in front of the surgeon.');
  await expect(earlier).toContainText('Flagged: The writer seems distressed');
});

test('a new mentor practises rating a sample reflection and compares with the exemplar, storing nothing', async ({
  page,
}) => {
  await signIn(page, 'mentor@preceptor.test');
  // After signing in, practice sends nothing that writes: no review, no other mutation.
  const writes: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    const procedures = pathname.startsWith('/trpc/') ? pathname.slice('/trpc/'.length).split(',') : [];
    if (procedures.includes('reflections.review') || request.method() === 'POST') writes.push(pathname);
  });
  await page.goto('/reviews');
  await page.getByRole('link', { name: 'Practise rating on sample reflections' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practise rating with REFLECT' })).toBeVisible();
  await expect(page.getByTestId('sample-text')).toContainText('heparin');
  await rateAllCriteria(page, LEVELS.habitual);
  await page.getByRole('button', { name: 'Compare with the exemplar' }).click();
  await expect(page.getByText(/You agreed on 4 of 5 criteria/)).toBeVisible();
  await expect(page.getByRole('row', { name: /Analysis and meaning making/ })).toContainText('Different');
  await expectNoAccessibilityViolations(page);
  expect(writes).toEqual([]);
});

function uniqueTag(): string {
  return Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

test('a commented passage is marked in the text for mentor and mentee, found again after edits, or said to be on an earlier version', async ({
  browser,
}) => {
  const title = `Hesitating at handoff, ${uniqueTag()}`;
  const passage = 'Next time I will say it at once.';

  const mentee = await (await browser.newContext()).newPage();
  await signIn(mentee, 'mentee@preceptor.test');
  await mentee.goto('/journal/new');
  // The title's first letter starts the draft.
  await mentee.getByLabel('Title').fill(title);
  await expect(mentee).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  const reflectionId = reflectionIdIn(mentee.url());
  const body = mentee.getByRole('textbox', { name: 'Reflection text' });
  await body.click();
  await body.pressSequentially('I hesitated before speaking up at the handoff.');
  await mentee.keyboard.press('Enter');
  await body.pressSequentially(passage);
  await expect(mentee.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 10_000 });
  await mentee.getByRole('button', { name: 'Share with my mentor' }).click();
  await expect(mentee.getByText('Shared with mentor').first()).toBeVisible();

  // The mentor comments on the second paragraph: it is marked while the comment is written.
  const mentor = await (await browser.newContext()).newPage();
  await signIn(mentor, 'mentor@preceptor.test');
  await mentor.goto('/reviews');
  await queueEntry(mentor, reflectionId).click();
  const text = mentor.getByTestId('reflection-text');
  await text.locator('p').nth(1).selectText();
  await mentor.getByRole('button', { name: 'Comment on the selected passage' }).click();
  const draftMark = text.locator('mark.comment-passage');
  await expect(draftMark).toHaveText(passage);
  await mentor.getByRole('button', { name: 'Show passage in the text' }).click();
  await expect(draftMark).toBeFocused();
  await mentor.getByLabel(/^Comment on “/).fill('What would "at once" sound like in the room?');
  await rateAllCriteria(mentor, LEVELS.thoughtful);
  await writeStrengthAndQuestion(mentor, {
    quote: 'I hesitated before speaking up',
    note: 'You name the hesitation.',
    question: 'Say more about what held you back?',
  });
  await mentor.getByRole('button', { name: 'Request a revision' }).click();
  await expect(mentor).toHaveURL(/\/reviews$/);

  // The mentee sees the passage marked in the editor, described by the comment, and can go to it.
  await mentee.reload();
  const marked = mentee.locator('.ProseMirror .comment-passage');
  await expect(marked).toHaveText(passage);
  await expect(marked).toHaveAttribute('title', /What would "at once" sound like/);
  await mentee.getByRole('button', { name: 'Show passage in the text' }).click();
  await expect(body).toBeFocused();
  expect(await mentee.evaluate(() => window.getSelection()?.toString())).toBe(passage);
  await expect(marked).toHaveClass(/is-active/);
  await expectNoAccessibilityViolations(mentee);

  // Words added before the passage: it is found again by its words.
  await body.locator('p').first().click();
  await mentee.keyboard.press('Home');
  await mentee.keyboard.type('Looking back, ');
  await expect(marked).toHaveText(passage);
  await expect(mentee.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 10_000 });
  await mentee.getByRole('button', { name: 'Share the revision with my mentor' }).click();
  await expect(mentee.getByText('Shared with mentor').first()).toBeVisible();

  // The mentor's earlier feedback leads to the passage where it is now.
  await mentor.goto('/reviews');
  await queueEntry(mentor, reflectionId).click();
  await expect(mentor.getByTestId('reflection-text')).toContainText('Looking back, I hesitated');
  const earlierMark = mentor.getByTestId('reflection-text').locator('mark.comment-passage');
  await expect(earlierMark).toHaveText(passage);
  await mentor.getByRole('button', { name: 'Show passage in the text' }).click();
  await expect(earlierMark).toBeFocused();
  await expectNoAccessibilityViolations(mentor);

  // The mentee rewrites the passage: the comment now says it is on an earlier version.
  await mentee.getByRole('button', { name: 'Unshare' }).click();
  await expect(mentee.getByRole('button', { name: 'Share with my mentor' })).toBeVisible();
  await body.locator('p').nth(1).selectText();
  await mentee.keyboard.type('I will name the number and ask for a pause.');
  await expect(mentee.locator('.ProseMirror .comment-passage')).toHaveCount(0);
  await expect(
    mentee.getByText('On an earlier version: these words are no longer in the text.'),
  ).toBeVisible();
  await expect(mentee.getByRole('button', { name: 'Show passage in the text' })).toHaveCount(0);
});

test('a coordinator sees reflection counts, dates and an overdue review, but no words of any reflection', async ({
  page,
  browser,
}) => {
  await signIn(page, 'coordinator@preceptor.test');
  await page.getByRole('link', { name: 'Reflection status' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reflection status' })).toBeVisible();

  // The demo mentee's reflection was shared in October and still waits for review.
  const row = page.getByRole('row', { name: /Jordan Reyes/ });
  await expect(row).toBeVisible();
  await expect(row.getByText(/review(s)? overdue/)).toBeVisible();
  await expect(page.getByRole('definition').first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('clotting time');
  await expect(page.locator('main')).not.toContainText('Speaking up about a low clotting time');
  await expectNoAccessibilityViolations(page);

  // A network admin narrows to another cohort: the choice goes into the URL and the table follows.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin@preceptor.test');
  await admin.goto('/reflection-status');
  await expect(admin.getByRole('row', { name: /Jordan Reyes/ })).toBeVisible();
  await admin.getByRole('combobox', { name: 'Cohort' }).click();
  await admin.getByRole('option', { name: /Neuromonitoring/ }).click();
  await expect(admin).toHaveURL(/cohortId=/);
  await expect(admin.getByRole('row', { name: /Kevin Tran/ })).toBeVisible();
  await expect(admin.getByRole('row', { name: /Jordan Reyes/ })).toHaveCount(0);
});

test('a mentor’s review page reads the reflection once per visit, not again when the window regains focus', async ({
  page,
}) => {
  // Each read by a mentor writes an audit entry, so each request for the text or feedback counts.
  const sent: string[] = [];
  const answered: string[] = [];
  const procedures = (url: string) => {
    const { pathname } = new URL(url);
    return pathname.startsWith('/trpc/') ? pathname.slice('/trpc/'.length).split(',') : [];
  };
  page.on('request', (request) => sent.push(...procedures(request.url())));
  page.on('requestfinished', (request) => answered.push(...procedures(request.url())));
  const count = (names: string[], name: string) => names.filter((n) => n === name).length;
  const reads = () => sent.filter((name) => name === 'reflections.get' || name === 'reflections.feedback');

  // A clock the test can move, so the page's data is long past the portal's usual freshness.
  await page.clock.install();
  await signIn(page, 'mentor@preceptor.test');
  await page.goto('/reviews');
  // The queue shows no titles (a title is reflection text); the seeded one has waited longest.
  await page
    .getByRole('link', { name: /^Reflection shared/ })
    .first()
    .click();
  await expect(page.getByTestId('reflection-text')).toContainText('clotting time');
  await expect(page.getByRole('heading', { name: 'Earlier feedback' })).toBeVisible();
  // Everything answered before the clock moves, or an answer would come back fresh.
  await expect.poll(() => count(answered, 'reflections.growth')).toBe(1);
  await expect.poll(() => reads().toSorted()).toEqual(['reflections.feedback', 'reflections.get']);
  await expect.poll(() => count(answered, 'reflections.feedback')).toBe(1);

  // Ten minutes later the window regains focus: other stale data (the growth chart) is refetched,
  // which proves the focus was seen, but the reflection is not read again.
  await page.clock.setSystemTime(Date.now() + 10 * 60_000);
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
  await expect.poll(() => count(answered, 'reflections.growth')).toBe(2);
  expect(reads()).toHaveLength(2);

  // A new visit reads it afresh (the mentee may have revised it since).
  await page.getByRole('link', { name: 'Reviews' }).click();
  // The queue shows no titles (a title is reflection text); the seeded one has waited longest.
  await page
    .getByRole('link', { name: /^Reflection shared/ })
    .first()
    .click();
  await expect(page.getByTestId('reflection-text')).toContainText('clotting time');
  await expect.poll(() => reads()).toHaveLength(4);
});
