/**
 * Writes the demo's reviewed reflections (demo-review-history.ts, network-review-history.ts)
 * in a handful of batched statements, so the seed stays fast however many there are: the
 * reflections, their versions, shares, reviews with their criterion ratings and comments, and
 * the notifications and audit entries of each share, read, review and answer.
 */
import { reviewCommentRecord, reviewRecordFields } from '@preceptor/domain/reflections/review-schemas';
import type { Prisma } from '../generated/prisma/client.ts';
import { DEMO_MENTEE_REVIEW_HISTORY } from './demo-review-history.ts';
import type { HospitalCode } from './network.ts';
import { NETWORK_REVIEW_HISTORY } from './network-review-history.ts';
import { personByEmail } from './people.ts';
import {
  checkedReview,
  criterionRows,
  type ReplayedHistory,
  replayHistory,
  reviewLevel,
  roundRecords,
  type SeedPerson,
  type SeedReflectionHistory,
} from './review-history.ts';
import { requireId } from './seed-people.ts';

export const DEMO_REVIEW_HISTORIES: readonly SeedReflectionHistory[] = [
  ...DEMO_MENTEE_REVIEW_HISTORY,
  ...NETWORK_REVIEW_HISTORY,
];

export interface ReviewHistoryIds {
  readonly userIds: ReadonlyMap<string, string>;
  readonly hospitalIds: ReadonlyMap<HospitalCode, string>;
}

export interface ReviewHistoryCounts {
  reflections: number;
  reviews: number;
  notifications: number;
}

const keyOf = (authorId: string, title: string) => `${authorId}\n${title}`;

export async function seedReviewHistory(
  tx: Prisma.TransactionClient,
  ids: ReviewHistoryIds,
  histories: readonly SeedReflectionHistory[] = DEMO_REVIEW_HISTORIES,
): Promise<ReviewHistoryCounts> {
  const person = (email: string): SeedPerson => {
    const seed = personByEmail(email);
    return {
      id: requireId(ids.userIds, email, 'user'),
      name: `${seed.firstName} ${seed.lastName}`,
      hospitalId: requireId(ids.hospitalIds, seed.hospital, 'hospital'),
    };
  };
  const planned = histories.map((history) => ({
    history,
    replayed: replayHistory(history),
    author: person(history.author),
    mentor: person(history.mentor),
  }));
  const lastBody = (history: SeedReflectionHistory, replayed: ReplayedHistory) =>
    history.versions[replayed.version - 1]?.body ?? '';

  const reflections = await tx.reflection.createManyAndReturn({
    data: planned.map(({ history, replayed, author }) => ({
      authorId: author.id,
      title: history.title,
      body: lastBody(history, replayed),
      version: replayed.version,
      status: replayed.status,
      sharedAt: replayed.sharedAt,
      createdAt: replayed.createdAt,
      updatedAt: replayed.updatedAt,
    })),
    select: { id: true, authorId: true, title: true },
  });
  const reflectionIds = new Map(reflections.map((r) => [keyOf(r.authorId, r.title), r.id]));
  if (reflectionIds.size !== planned.length)
    throw new Error('Seed bug: two reviewed reflections share a title');
  const withIds = planned.map((plan) => ({
    ...plan,
    id: requireId(reflectionIds, keyOf(plan.author.id, plan.history.title), 'reflection'),
  }));

  await tx.reflectionVersion.createMany({
    data: withIds.flatMap(({ id, history, replayed }) =>
      history.versions.slice(0, replayed.version).map((saved, index) => ({
        reflectionId: id,
        version: index + 1,
        title: history.title,
        body: saved.body,
        createdAt: new Date(saved.at),
      })),
    ),
  });
  // One share per reflection and mentor: sharing again updates it to the version shared last.
  await tx.reflectionShare.createMany({
    data: withIds.flatMap(({ id, mentor, replayed }) => {
      const last = replayed.rounds.at(-1);
      return last
        ? [{ reflectionId: id, mentorId: mentor.id, version: last.version, sharedAt: last.sharedAt }]
        : [];
    }),
  });

  const reviewed = withIds.flatMap(({ id, history, replayed, mentor }) =>
    replayed.rounds.map((round) => {
      const { input, text } = checkedReview(
        round.review,
        id,
        round.version,
        history.versions[round.version - 1]?.body ?? '',
      );
      return { reflectionId: id, mentorId: mentor.id, round, input, text };
    }),
  );
  const reviews = await tx.review.createManyAndReturn({
    data: reviewed.map(({ reflectionId, mentorId, round, input }) => {
      const level = reviewLevel(round.review);
      return {
        reflectionId,
        reflectionVersion: round.version,
        mentorId,
        level,
        derivedLevel: level,
        ...reviewRecordFields(input),
        createdAt: round.reviewedAt,
        menteeResponse: round.review.response?.response ?? null,
        agreedNextStep: round.review.response?.agreedNextStep ?? null,
        respondedAt: round.review.response ? new Date(round.review.response.at) : null,
      };
    }),
    select: { id: true, reflectionId: true, createdAt: true },
  });
  const reviewIds = new Map(reviews.map((r) => [keyOf(r.reflectionId, r.createdAt.toISOString()), r.id]));
  const reviewId = (reflectionId: string, at: Date) =>
    requireId(reviewIds, keyOf(reflectionId, at.toISOString()), 'review');
  await tx.reviewCriterionRating.createMany({
    data: reviewed.flatMap(({ reflectionId, round, input }) =>
      criterionRows(input.criteria).map((row) => ({
        reviewId: reviewId(reflectionId, round.reviewedAt),
        ...row,
      })),
    ),
  });
  const comments = reviewed.flatMap(({ reflectionId, round, input, text }) =>
    input.comments.map((comment) => ({
      reviewId: reviewId(reflectionId, round.reviewedAt),
      ...reviewCommentRecord(comment, text),
    })),
  );
  if (comments.length > 0) await tx.reviewComment.createMany({ data: comments });

  const records = withIds.map(({ id, replayed, author, mentor }) =>
    roundRecords(id, replayed.rounds, { author, mentor }),
  );
  const notifications = await tx.notification.createMany({ data: records.flatMap((r) => r.notifications) });
  await tx.auditLog.createMany({
    data: records.flatMap((r) => r.audit),
  });
  return { reflections: reflections.length, reviews: reviews.length, notifications: notifications.count };
}
