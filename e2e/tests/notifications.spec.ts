import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';
import { LEVELS, rateAllCriteria, writeStrengthAndQuestion } from './review-form.ts';

const bell = (page: Page) => page.getByRole('button', { name: /^Notifications(, \d+ unread)?$/ });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Notifications' });

/** Opens the header panel and waits for its list, so the unread count has loaded too. */
async function openPanel(page: Page) {
  await bell(page).click();
  await expect(panel(page).getByRole('list').or(panel(page).getByText('Nothing yet.'))).toBeVisible();
}

/** Earlier specs share this database and may have left unread notifications: start from none. */
async function markEverythingRead(page: Page) {
  await openPanel(page);
  await expect(bell(page)).toHaveAttribute('data-unread', /^\d+$/);
  if ((await bell(page).getAttribute('data-unread')) !== '0') {
    await panel(page).getByRole('button', { name: 'Mark all as read' }).click();
  }
  await expect(bell(page)).toHaveAttribute('data-unread', '0');
  await expect(bell(page)).toHaveAccessibleName('Notifications');
  // Focus stayed in the panel (on the now idle button), so Escape closes it.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
}

/** Letters only: a long number in a title would itself be flagged as a possible record number. */
function randomTag() {
  return Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

/** The mentee writes and shares a short reflection, which notifies the mentor. */
async function shareReflection(mentee: Page, title: string) {
  await mentee.goto('/journal/new');
  // The title's first letter starts the draft.
  await mentee.getByLabel('Title').fill(title);
  await expect(mentee).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  const body = mentee.getByRole('textbox', { name: 'Reflection text' });
  await body.click();
  await body.pressSequentially('I read back the plan at handoff and the night team caught a missed dose.');
  await expect(mentee.getByText('No patient identifiers found')).toBeVisible();
  await expect(mentee.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 10_000 });
  await mentee.getByRole('button', { name: 'Share with my mentor' }).click();
  await expect(mentee.getByText('Shared with mentor').first()).toBeVisible();
}

test('a share and its review reach each person in-app, and opening one marks it read', async ({
  browser,
}) => {
  // Two people, a share and a full per-criterion review: over a minute on a busy 2-core machine.
  test.slow();
  const title = `Closing the loop at handoff, ${randomTag()}`;

  const mentee = await (await browser.newContext()).newPage();
  const mentor = await (await browser.newContext()).newPage();
  await signIn(mentee, 'mentee@preceptor.test');
  await signIn(mentor, 'mentor@preceptor.test');
  await markEverythingRead(mentee);
  await markEverythingRead(mentor);

  await shareReflection(mentee, title);
  const reflectionUrl = mentee.url();

  // The mentor's bell shows it; the open panel passes the accessibility check.
  await mentor.reload();
  await expect(bell(mentor)).toHaveAccessibleName('Notifications, 1 unread');
  await openPanel(mentor);
  await expectNoAccessibilityViolations(mentor);
  const shared = panel(mentor).getByRole('link', {
    name: 'Unread: Jordan Reyes shared a reflection for your review',
  });
  // The notification names who shared, never what they wrote.
  await expect(panel(mentor)).not.toContainText(title);
  await shared.click();
  await expect(mentor).toHaveURL(/\/reviews\/[0-9a-f-]{36}$/);
  await expect(panel(mentor)).toBeHidden();
  await expect(mentor.getByTestId('reflection-text')).toContainText('the night team caught a missed dose');
  await expect(mentor.getByRole('heading', { name: title })).toBeVisible();
  await expect(bell(mentor)).toHaveAttribute('data-unread', '0');

  await rateAllCriteria(mentor, LEVELS.critical);
  await mentor
    .getByRole('radiogroup', { name: /^Learning shown/ })
    .getByRole('radio', { name: 'Leave unrated' })
    .check();
  await writeStrengthAndQuestion(mentor, {
    quote: 'the night team caught a missed dose',
    note: 'You saw the system, not only the slip.',
    question: 'Who else should hear about the read-back?',
  });
  await mentor
    .getByLabel('Anything else (optional)')
    .fill('Reading the plan back is exactly the habit to keep.');
  await mentor.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(mentor).toHaveURL(/\/reviews$/);

  // The mentee hears back and lands on the reflection with its feedback.
  await mentee.goto('/');
  await expect(bell(mentee)).toHaveAccessibleName('Notifications, 1 unread');
  await openPanel(mentee);
  await panel(mentee)
    .getByRole('link', { name: /^Unread: .+ reviewed your reflection$/ })
    .click();
  await expect(mentee).toHaveURL(reflectionUrl);
  const feedback = mentee.getByRole('article', { name: /Feedback from/ });
  await expect(feedback).toContainText('Reading the plan back is exactly the habit to keep.');
  await expect(feedback).toContainText('REFLECT: Critical reflection');
  await expect(bell(mentee)).toHaveAttribute('data-unread', '0');
  await expect(bell(mentee)).toHaveAccessibleName('Notifications');

  // The full page lists it as read; nothing is left unread.
  await openPanel(mentee);
  await panel(mentee).getByRole('link', { name: 'See all notifications' }).click();
  await expect(mentee).toHaveURL(/\/notifications$/);
  await expect(mentee.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(mentee.getByRole('link', { name: /^.+ reviewed your reflection$/ }).first()).toBeVisible();
  await expect(mentee.getByText('You are all caught up.')).toBeVisible();
  await expectNoAccessibilityViolations(mentee);
  await mentee.getByLabel('Show unread only').check();
  await expect(mentee.getByText('No unread notifications')).toBeVisible();
});

test('marking a notification read from the keyboard keeps focus in the list, with unread only on', async ({
  browser,
}) => {
  const mentee = await (await browser.newContext()).newPage();
  const mentor = await (await browser.newContext()).newPage();
  await signIn(mentee, 'mentee@preceptor.test');
  await signIn(mentor, 'mentor@preceptor.test');
  await markEverythingRead(mentor);
  // Three shares, three notifications for the mentor, listed newest first.
  for (let i = 0; i < 3; i++) await shareReflection(mentee, `Reading back at handoff, ${randomTag()}`);

  await mentor.goto('/notifications');
  await mentor.getByLabel('Show unread only').check();
  const markButtons = mentor.getByRole('button', { name: /^Mark as read: / });
  await expect(markButtons).toHaveCount(3);
  const [newest, middle, oldest] = [markButtons.nth(0), markButtons.nth(1), markButtons.nth(2)];
  // Every share reads the same (it never names the reflection), so each button is told by its id.
  const byId = async (button: Locator) => mentor.locator(`[id="${await button.getAttribute('id')}"]`);
  const [newestButton, oldestButton] = [await byId(newest), await byId(oldest)];
  const announcement = mentor.getByRole('status').filter({ hasText: /^Marked as read/ });

  // The middle one: it leaves the list and focus goes to the next one's button.
  await middle.focus();
  await mentor.keyboard.press('Enter');
  await expect(markButtons).toHaveCount(2);
  await expect(oldestButton).toBeFocused();
  await expect(announcement).toHaveText(/^Marked as read: Jordan Reyes shared a reflection/);
  await expectNoAccessibilityViolations(mentor);

  // The last one: no next, so the previous one's button.
  await mentor.keyboard.press('Enter');
  await expect(markButtons).toHaveCount(1);
  await expect(newestButton).toBeFocused();

  // The only one left: the list empties and focus goes to the heading.
  await mentor.keyboard.press('Enter');
  await expect(mentor.getByText('No unread notifications')).toBeVisible();
  await expect(mentor.getByRole('heading', { level: 1, name: 'Notifications' })).toBeFocused();
  await expect(bell(mentor)).toHaveAccessibleName('Notifications');
});
