import type { Page } from '@playwright/test';

export const CRITERIA = [
  'Writing spectrum',
  'Presence',
  'Description of conflict or disorienting dilemma',
  'Attending to emotions',
  'Analysis and meaning making',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export const LEVELS = {
  habitual: 'Habitual action',
  thoughtful: 'Thoughtful action or introspection',
  reflection: 'Reflection',
  critical: 'Critical reflection',
} as const;

/** Chooses a level for one REFLECT criterion in its own group (every group has the same four levels). */
export async function rateCriterion(page: Page, criterion: Criterion, level: string): Promise<void> {
  await page
    .getByRole('radiogroup', { name: new RegExp(`^${criterion}`) })
    .getByRole('radio', { name: level, exact: true })
    .check();
}

/** Rates every criterion at one level, so that is also the overall level. */
export async function rateAllCriteria(page: Page, level: string): Promise<void> {
  for (const criterion of CRITERIA) await rateCriterion(page, criterion, level);
}

/** The required words of a review: a strength quoted exactly from the text, what is strong, a question. */
export async function writeStrengthAndQuestion(
  page: Page,
  review: { quote: string; note: string; question: string },
): Promise<void> {
  await page.getByLabel('A strength, quoted from the text').fill(review.quote);
  await page.getByLabel('What is strong about it').fill(review.note);
  await page.getByLabel('One question to take the thinking further').fill(review.question);
}
