/**
 * Reviewed reflections for the demo: each one a writer's saved versions and the rounds in which
 * they shared it and their mentor reviewed it. The rows are the ones the API's services would
 * have written along the way (apps/api/src/services/reflections/: reflection-drafts,
 * reflection-sharing, reflection-reading, reflection-reviews, review-response): the status moves
 * through the domain's `transition`, every review is checked by the domain's `ReviewInput` and
 * its overall level comes from `deriveOverallLevel`, quotes and comment passages are taken from
 * the version reviewed, and the notifications and audit entries say what the services' say.
 * The histories themselves (texts, dates, ratings) are in demo-review-history.ts.
 */
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import type { NotificationKind } from '@preceptor/domain/notifications/notification-schemas';
import { htmlToPlainText } from '@preceptor/domain/reflections/plain-text';
import {
  type CriterionRatings,
  deriveOverallLevel,
  ReflectCriterion,
  type ReflectLearning,
  type ReflectLevel,
} from '@preceptor/domain/reflections/reflect-rubric';
import type { ReflectionStatus } from '@preceptor/domain/reflections/reflection-schemas';
import { transition } from '@preceptor/domain/reflections/reflection-status';
import { isExcerptOf } from '@preceptor/domain/reflections/review-quote';
import { ReviewInput, type ReviewOutcome } from '@preceptor/domain/reflections/review-schemas';
import type { Prisma } from '../generated/prisma/client.ts';

export interface SeedReview {
  /** When the mentor sent the review (ISO instant). */
  readonly at: string;
  readonly criteria: CriterionRatings;
  /** Only at reflection or critical reflection, as the review form asks. */
  readonly learning?: ReflectLearning;
  /** Must be words of the version reviewed. */
  readonly strengthQuote: string;
  readonly strengthNote: string;
  readonly furtherQuestion: string;
  readonly generalComment: string;
  readonly outcome: ReviewOutcome;
  /** Comments anchored to a passage, given by its exact words in the version reviewed. */
  readonly comments?: readonly { readonly passage: string; readonly body: string }[];
  /** The writer's answer and the next step they agreed with their mentor. */
  readonly response?: { readonly at: string; readonly response: string; readonly agreedNextStep: string };
}

export interface SeedReflectionHistory {
  /** The writer's and the mentor's emails: an active demo match (pairings.ts). */
  readonly author: string;
  readonly mentor: string;
  readonly title: string;
  /** Saved versions, version 1 first: each save after the first is an edit. */
  readonly versions: readonly { readonly at: string; readonly body: string }[];
  /** Each share (of the version then current) and the mentor's review of it. */
  readonly rounds: readonly { readonly sharedAt: string; readonly review: SeedReview }[];
}

export interface ReplayedRound {
  readonly version: number;
  readonly sharedAt: Date;
  /** Shared again after a revision request: the mentor is told it is a revised reflection. */
  readonly revised: boolean;
  readonly review: SeedReview;
  readonly reviewedAt: Date;
}

export interface ReplayedHistory {
  readonly status: ReflectionStatus;
  readonly version: number;
  readonly createdAt: Date;
  /** The last save or status change (Prisma's @updatedAt moves with both). */
  readonly updatedAt: Date;
  readonly sharedAt: Date | null;
  readonly rounds: readonly ReplayedRound[];
}

const instant = (iso: string): Date => new Date(iso);

/**
 * The history's life as the services would have moved it: saves (`edit`), shares and reviews
 * in time order, each allowed only where the domain's state machine allows it. Throws on a
 * history the product could not have produced.
 */
export function replayHistory(history: SeedReflectionHistory): ReplayedHistory {
  const [first] = history.versions;
  if (!first) throw new Error(`Seed bug: "${history.title}" has no version`);
  let status: ReflectionStatus = 'DRAFT';
  let version = 1;
  let last = instant(first.at);
  const later = (at: Date, what: string) => {
    if (at.getTime() <= last.getTime()) throw new Error(`Seed bug: "${history.title}" ${what} out of order`);
    last = at;
  };
  /** Saves every version written before `upTo` (all the rest when omitted): edits, in order. */
  const saveUpTo = (upTo = Number.POSITIVE_INFINITY) => {
    for (let next = history.versions[version]; next; next = history.versions[version]) {
      const savedAt = instant(next.at);
      if (savedAt.getTime() >= upTo) return;
      later(savedAt, `version ${version + 1}`);
      status = transition(status, 'edit');
      version += 1;
    }
  };
  const rounds: ReplayedRound[] = [];
  for (const round of history.rounds) {
    const sharedAt = instant(round.sharedAt);
    saveUpTo(sharedAt.getTime());
    later(sharedAt, 'share');
    const revised = status === 'REVISION_REQUESTED';
    status = transition(status, 'share');
    const reviewedAt = instant(round.review.at);
    later(reviewedAt, 'review');
    status = transition(status, round.review.outcome === 'REVIEWED' ? 'markReviewed' : 'requestRevision');
    rounds.push({ version, sharedAt, revised, review: round.review, reviewedAt });
  }
  saveUpTo();
  return {
    status,
    version,
    createdAt: instant(first.at),
    updatedAt: last,
    sharedAt: rounds.at(-1)?.sharedAt ?? null,
    rounds,
  };
}

/** The review as the API's schema outputs it (defaults filled in). */
export type CheckedReview = ReturnType<typeof ReviewInput.parse>;

/**
 * The review as the review form would send it, checked by the schema the API checks it with:
 * every criterion rated, learning only where the rubric rates it, comment passages located in
 * the text. The quote must be the writer's own words, as `reviewReflection` insists.
 */
export function checkedReview(
  review: SeedReview,
  reflectionId: string,
  reflectionVersion: number,
  body: string,
): { input: CheckedReview; text: string } {
  const text = htmlToPlainText(body);
  const comments = (review.comments ?? []).map((comment) => {
    const anchorStart = text.indexOf(comment.passage);
    if (anchorStart < 0) throw new Error(`Seed bug: comment passage not in the text: ${comment.passage}`);
    return { body: comment.body, anchorStart, anchorEnd: anchorStart + comment.passage.length };
  });
  const input = ReviewInput.parse({
    reflectionId,
    reflectionVersion,
    criteria: review.criteria,
    learning: review.learning,
    strengthQuote: review.strengthQuote,
    strengthNote: review.strengthNote,
    furtherQuestion: review.furtherQuestion,
    generalComment: review.generalComment,
    comments,
    outcome: review.outcome,
  });
  if (!isExcerptOf(text, input.strengthQuote)) {
    throw new Error(`Seed bug: the quoted strength is not in the text: ${input.strengthQuote}`);
  }
  return { input, text };
}

/** The overall level the review stores: the derived one (the demo's mentors never override). */
export function reviewLevel(review: SeedReview): ReflectLevel {
  return deriveOverallLevel(review.criteria);
}

export interface SeedPerson {
  readonly id: string;
  readonly name: string;
  readonly hospitalId: string | null;
}

interface NoticeRow {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string | null;
  link: string;
  createdAt: Date;
  readAt: Date;
}

interface AuditRow {
  actorId: string;
  action: string;
  entityType: 'Reflection';
  entityId: string;
  hospitalIds: string[];
  metadata: Prisma.InputJsonObject;
  createdAt: Date;
}

const HOUR_MS = 3_600_000;
/** Past notifications were opened a little after they arrived. */
const readSoonAfter = (at: Date) => new Date(at.getTime() + 3 * HOUR_MS);
/** The mentor read the text (and earlier feedback) on the review page before sending the review. */
const readBefore = (at: Date) => new Date(at.getTime() - HOUR_MS / 2);

/**
 * The notifications and audit entries of one reflection's rounds, worded as the services word
 * them (who did what, never the reflection's words).
 */
export function roundRecords(
  reflectionId: string,
  rounds: readonly ReplayedRound[],
  people: { author: SeedPerson; mentor: SeedPerson },
): { notifications: NoticeRow[]; audit: AuditRow[] } {
  const { author, mentor } = people;
  const notifications: NoticeRow[] = [];
  const audit: AuditRow[] = [];
  const review = notificationLink('review', { reflectionId });
  const journalEntry = notificationLink('journalEntry', { reflectionId });
  const hospitalIds = author.hospitalId ? [author.hospitalId] : [];
  const entry = (actorId: string, action: string, createdAt: Date, metadata: Prisma.InputJsonObject) =>
    audit.push({
      actorId,
      action,
      entityType: 'Reflection',
      entityId: reflectionId,
      hospitalIds,
      metadata: { ...metadata, source: 'demo-seed' },
      createdAt,
    });
  const notice = (row: Omit<NoticeRow, 'readAt'>) =>
    notifications.push({ ...row, readAt: readSoonAfter(row.createdAt) });

  for (const round of rounds) {
    const { sharedAt, reviewedAt, version } = round;
    notice({
      userId: mentor.id,
      kind: 'reflection.shared',
      title: round.revised
        ? `${author.name} shared a revised reflection for your review`
        : `${author.name} shared a reflection for your review`,
      body: null,
      link: review,
      createdAt: sharedAt,
    });
    entry(author.id, 'reflection.share', sharedAt, { mentorIds: [mentor.id] });
    entry(mentor.id, 'reflection.read', readBefore(reviewedAt), { what: 'text', version });
    entry(mentor.id, 'reflection.read', readBefore(reviewedAt), { what: 'feedback', version });
    const level = reviewLevel(round.review);
    entry(mentor.id, 'reflection.review', reviewedAt, {
      outcome: round.review.outcome,
      level,
      overridden: false,
      concerns: [],
      version,
    });
    notice(
      round.review.outcome === 'REVIEWED'
        ? {
            userId: author.id,
            kind: 'reflection.reviewed',
            title: `${mentor.name} reviewed your reflection`,
            body: 'Open it to read their feedback.',
            link: journalEntry,
            createdAt: reviewedAt,
          }
        : {
            userId: author.id,
            kind: 'reflection.revision_requested',
            title: `${mentor.name} asked you to revise your reflection`,
            body: 'Open it to read their feedback, then share it again.',
            link: journalEntry,
            createdAt: reviewedAt,
          },
    );
    const { response } = round.review;
    if (response) {
      notice({
        userId: mentor.id,
        kind: 'reflection.review_answered',
        title: `${author.name} answered your review`,
        body: 'Open the reflection to read their response.',
        link: review,
        createdAt: instant(response.at),
      });
    }
  }
  return { notifications, audit };
}

/** The criterion rows of a review, in the rubric's order (as `reviewReflection` writes them). */
export function criterionRows(criteria: CriterionRatings) {
  return ReflectCriterion.options.map((criterion) => ({ criterion, level: criteria[criterion] }));
}
