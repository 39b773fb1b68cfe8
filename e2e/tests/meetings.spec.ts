import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

const bell = (page: Page) => page.getByRole('button', { name: /^Notifications(, \d+ unread)?$/ });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Notifications' });

/** An hour ago in the browser's own zone (the one Playwright shares with this process). */
function anHourAgo() {
  const at = new Date(Date.now() - 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

test('the mentee logs a meeting with notes; the mentor is told and reads it', async ({ browser }) => {
  // Specs share one database: unique notes find this run's meeting among earlier ones.
  const notes = `Rehearsed the ECMO emergency checklist together, run ${crypto.randomUUID().slice(0, 8)}.`;
  const mentee = await (await browser.newContext()).newPage();
  await signIn(mentee, 'mentee@preceptor.test');
  await mentee.goto('/matching');
  await mentee
    .getByRole('link', { name: /^Meetings with / })
    .first()
    .click();
  await expect(mentee).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(mentee.getByRole('heading', { level: 1, name: /^Meetings with / })).toBeVisible();
  const totals = mentee.getByRole('group', { name: 'Totals for the two of you' });
  const before = Number((await totals.textContent())?.match(/^(\d+)/)?.[1]);

  await mentee.getByRole('button', { name: 'Log a meeting' }).click();
  const form = mentee.getByRole('dialog', { name: 'Log a meeting' });
  await expect(form).toBeVisible();
  await expectNoAccessibilityViolations(mentee);

  // A mistake is shown at its field, and nothing is sent.
  await form.getByLabel('Length in minutes').fill('2');
  await form.getByRole('button', { name: 'Log meeting' }).click();
  await expect(form.getByText('A meeting lasts at least 5 minutes.')).toBeVisible();
  await expect(form.getByText('Enter the time the meeting started.')).toBeVisible();

  const when = anHourAgo();
  await form.getByLabel('Date').fill(when.date);
  await form.getByLabel('Start time').fill(when.time);
  await form.getByLabel('Length in minutes').fill('50');
  await form.getByLabel('Notes').fill(notes);
  await form.getByRole('button', { name: 'Log meeting' }).click();
  await expect(form).toBeHidden();

  const entry = mentee.getByRole('listitem').filter({ hasText: notes });
  await expect(entry).toContainText('50 min · logged by you');
  await expect(totals).toContainText(`${before + 1} ${before + 1 === 1 ? 'meeting' : 'meetings'}`);
  await expect(entry.getByRole('button', { name: /^Edit the meeting of / })).toBeVisible();
  await expectNoAccessibilityViolations(mentee);

  const mentor = await (await browser.newContext()).newPage();
  await signIn(mentor, 'mentor@preceptor.test');
  await bell(mentor).click();
  const notice = panel(mentor)
    .getByRole('link', { name: /Jordan Reyes logged a 50-minute meeting with you$/ })
    .first();
  await expect(notice).toBeVisible();
  // The notification says that they met, never what was said.
  await expect(panel(mentor)).not.toContainText(notes);
  await expectNoAccessibilityViolations(mentor);
  await notice.click();
  await expect(mentor).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);

  const seen = mentor.getByRole('listitem').filter({ hasText: notes });
  await expect(seen).toContainText('50 min · logged by Jordan Reyes');
  // The mentor may read the mentee's entry but not change it.
  await expect(seen.getByRole('button')).toHaveCount(0);
  await expectNoAccessibilityViolations(mentor);

  // The mentor also reaches the log from their mentees page.
  await mentor.goto('/mentees');
  await mentor.getByRole('link', { name: 'Meetings with Jordan Reyes' }).click();
  await expect(mentor.getByRole('listitem').filter({ hasText: notes })).toBeVisible();

  // Staff see that the pair meets, never the notes.
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, 'coordinator@preceptor.test');
  const response = await coordinator.request.get('/trpc/cohorts.list');
  const cohorts = (await response.json()) as { result: { data: { json: { id: string; name: string }[] } } };
  const cardiac = cohorts.result.data.json.find((c) => c.name.includes('Cardiac'));
  await coordinator.goto(`/cohorts/${cardiac?.id}/matching`);
  const matches = coordinator.getByRole('region', { name: 'Matches' });
  await expect(matches.getByRole('columnheader', { name: 'Meetings' })).toBeVisible();
  await expect(matches.getByRole('row').filter({ hasText: 'Jordan Reyes' })).toContainText(/\d+, last \d/);
  await expect(coordinator.locator('body')).not.toContainText(notes);
  await expectNoAccessibilityViolations(coordinator, { include: 'main' });
});

test('the logger edits and, after confirming, removes their own meeting', async ({ page }) => {
  const notes = `Talked about handoffs, run ${crypto.randomUUID().slice(0, 8)}.`;
  await signIn(page, 'mentor@preceptor.test');
  await page.goto('/mentees');
  await page.getByRole('link', { name: 'Meetings with Jordan Reyes' }).click();
  await page.getByRole('button', { name: 'Log a meeting' }).click();
  const form = page.getByRole('dialog', { name: 'Log a meeting' });
  const when = anHourAgo();
  await form.getByLabel('Date').fill(when.date);
  await form.getByLabel('Start time').fill(when.time);
  await form.getByLabel('Length in minutes').fill('30');
  await form.getByLabel('Notes').fill(notes);
  // The form is finished from the keyboard: notes, then Cancel, then the submit button.
  await form.getByLabel('Notes').press('Tab');
  await expect(form.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Log meeting' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();

  const entry = page.getByRole('listitem').filter({ hasText: notes });
  await entry.getByRole('button', { name: /^Edit the meeting of / }).click();
  const edit = page.getByRole('dialog', { name: 'Edit meeting' });
  await expect(edit.getByLabel('Notes')).toHaveValue(notes);
  await edit.getByLabel('Length in minutes').fill('75');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(entry).toContainText('1 h 15 min · logged by you');

  await entry.getByRole('button', { name: /^Remove the meeting of / }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove this meeting?' });
  await expectNoAccessibilityViolations(page);
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(entry).toBeVisible();
  await entry.getByRole('button', { name: /^Remove the meeting of / }).click();
  await confirm.getByRole('button', { name: 'Remove meeting' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: notes })).toHaveCount(0);
});
