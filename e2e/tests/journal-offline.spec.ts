import { expect, type Route, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility.ts';
import { signIn } from './demo-sign-in.ts';

const isSave = (url: URL) => url.pathname.includes('reflections.save');

test('a draft typed while saves fail survives a reload and reaches the server once saves work again', async ({
  browser,
}) => {
  const tag = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
    '',
  );
  const title = `Offline night shift, ${tag}`;
  const offlineWords = 'Written while the connection was down.';

  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'mentee@preceptor.test');
  await page.goto('/journal/new');
  // The title's first letter starts the draft.
  await page.getByLabel('Title').fill(title);
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  const address = page.url();
  const body = page.getByRole('textbox', { name: 'Reflection text' });
  await body.click();
  await body.pressSequentially('First words, saved.');
  const status = page.getByRole('status').filter({ has: page.locator('[data-save-status]') });
  await expect(status).toContainText('Saved', { timeout: 10_000 });

  // The server becomes unreachable for saves (everything else still loads, so the page can reload).
  let failedSaves = 0;
  const refuse = (route: Route) => {
    failedSaves += 1;
    return route.abort('internetdisconnected');
  };
  await page.route(isSave, refuse);
  await body.press('End');
  await body.pressSequentially(` ${offlineWords}`);
  await expect(status).toContainText('Not saved yet — kept on this device, will retry', { timeout: 10_000 });
  // It keeps trying on its own.
  await expect.poll(() => failedSaves, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  await expectNoAccessibilityViolations(page);

  // Reloading with the text unsaved: the browser is asked to confirm leaving, and the text is
  // still there afterwards, restored from this device and still waiting to be saved.
  const leaving = page.waitForEvent('dialog').then(async (dialog) => {
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
  });
  await page.reload();
  await leaving;
  await expect(body).toContainText(`First words, saved. ${offlineWords}`);
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expect(status).toContainText('Not saved yet', { timeout: 10_000 });

  // Back online: the retry saves it without anything typed.
  await page.unroute(isSave, refuse);
  await expect(status).toContainText('Saved', { timeout: 30_000 });

  // Writing on after the restore leaves no stale copy behind to come back as a false conflict.
  await body.press('End');
  await body.pressSequentially(' And afterwards.');
  await expect(status).toContainText('Saved', { timeout: 10_000 });
  await page.reload();
  await expect(body).toContainText(`${offlineWords} And afterwards.`);
  await expect(status).toContainText('Saved');
  await expect(page.getByText('This reflection was changed somewhere else')).toHaveCount(0);

  // A fresh browser (no copy on its device) finds the text on the server.
  const fresh = await (await browser.newContext()).newPage();
  await signIn(fresh, 'mentee@preceptor.test');
  await fresh.goto(address);
  await expect(fresh.getByRole('textbox', { name: 'Reflection text' })).toContainText(
    `First words, saved. ${offlineWords} And afterwards.`,
  );
  await expect(fresh.getByText('This reflection was changed somewhere else')).toHaveCount(0);
});
