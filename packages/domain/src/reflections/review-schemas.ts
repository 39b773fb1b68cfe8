import { z } from 'zod';
import {
  deriveOverallLevel,
  learningApplies,
  ReflectCriterion,
  ReflectLearning,
  ReflectLevel,
} from './reflect-rubric.ts';
import { ReviewConcern } from './review-concerns.ts';

/*
 * A mentor's review: the REFLECT rubric rated per criterion (the overall level follows, or is set
 * by the mentor with a reason), a quoted strength, one question to take the thinking further, an
 * optional concern, comments, and whether the writer should revise.
 */

export const ReviewRef = z.object({ reviewId: z.uuid('That is not a review id.') });
export type ReviewRef = z.infer<typeof ReviewRef>;

export const ReviewCommentInput = z
  .object({
    body: z.string().trim().min(1, 'Write the comment.').max(4000),
    anchorStart: z.number().int().nonnegative().optional(),
    anchorEnd: z.number().int().positive().optional(),
    anchorText: z.string().min(1).max(2000).optional(),
  })
  .refine((c) => (c.anchorStart === undefined) === (c.anchorEnd === undefined), {
    message: 'A passage needs both a start and an end.',
    path: ['anchorEnd'],
  })
  .refine((c) => c.anchorStart === undefined || c.anchorEnd === undefined || c.anchorEnd > c.anchorStart, {
    message: 'The passage must not be empty.',
    path: ['anchorEnd'],
  });
export type ReviewCommentInput = z.infer<typeof ReviewCommentInput>;

/**
 * A comment as it is stored: the passage it is about is cut from the version's own text, never
 * taken on trust from the browser (or from a seed's hand-written copy).
 */
export function reviewCommentRecord(comment: z.output<typeof ReviewCommentInput>, text: string) {
  return {
    body: comment.body,
    anchorStart: comment.anchorStart ?? null,
    anchorEnd: comment.anchorEnd ?? null,
    anchorText:
      comment.anchorStart !== undefined && comment.anchorEnd !== undefined
        ? text.slice(comment.anchorStart, comment.anchorEnd)
        : null,
  };
}

export const ReviewOutcome = z.enum(['REVIEWED', 'REVISION_REQUESTED']);
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;

const rated = (what: string) => ReflectLevel.meta({ description: what });

/** Every criterion must be rated: the overall level is derived from all five. */
export const CriterionRatingsInput = z.object({
  WRITING_SPECTRUM: rated('Writing spectrum'),
  PRESENCE: rated('Presence'),
  DILEMMA: rated('Description of conflict or disorienting dilemma'),
  EMOTIONS: rated('Attending to emotions'),
  MEANING_MAKING: rated('Analysis and meaning making'),
});

/** The learning axis as a mentor answers it: a kind of learning, or explicitly unrated. */
export const LearningRating = z.enum([...ReflectLearning.options, 'UNRATED']);
export type LearningRating = z.infer<typeof LearningRating>;

export const MIN_QUOTE_LENGTH = 3;

export const ReviewInput = z
  .object({
    reflectionId: z.uuid(),
    /** The version the mentor read; a newer one means they must read again. */
    reflectionVersion: z.number().int().positive(),
    criteria: CriterionRatingsInput,
    /** The mentor's own overall level, in place of the derived one, with the reason why. */
    overallOverride: z
      .object({
        level: ReflectLevel,
        reason: z.string().trim().min(1, 'Say why the overall level differs from the criteria.').max(2000),
      })
      .optional(),
    /** Only for writing at reflection or critical reflection, and then it must be answered. */
    learning: LearningRating.optional(),
    strengthQuote: z
      .string()
      .trim()
      .min(MIN_QUOTE_LENGTH, 'Quote a passage of the reflection that shows a strength.')
      .max(1000, 'Quote a shorter passage (1,000 characters at most).'),
    strengthNote: z.string().trim().min(1, 'Say what is strong about the quoted passage.').max(2000),
    furtherQuestion: z
      .string()
      .trim()
      .min(1, 'Ask one question to take the thinking further.')
      .max(1000, 'Keep the question under 1,000 characters.'),
    concerns: z.array(ReviewConcern).max(ReviewConcern.options.length).default([]),
    generalComment: z.string().trim().max(8000).default(''),
    comments: z.array(ReviewCommentInput).max(100).default([]),
    outcome: ReviewOutcome,
  })
  .superRefine((review, issues) => {
    const derived = deriveOverallLevel(review.criteria);
    if (review.overallOverride && review.overallOverride.level === derived) {
      issues.addIssue({
        code: 'custom',
        path: ['overallOverride', 'level'],
        message: 'That is the level the criteria give: choose another level, or keep the derived one.',
      });
    }
    const overall = review.overallOverride?.level ?? derived;
    if (learningApplies(overall) && review.learning === undefined) {
      issues.addIssue({
        code: 'custom',
        path: ['learning'],
        message: 'Choose the learning this writing shows, or leave it unrated.',
      });
    }
    if (!learningApplies(overall) && review.learning !== undefined && review.learning !== 'UNRATED') {
      issues.addIssue({
        code: 'custom',
        path: ['learning'],
        message: 'The learning axis is only for writing at reflection or critical reflection.',
      });
    }
    if (new Set(review.concerns).size !== review.concerns.length) {
      issues.addIssue({ code: 'custom', path: ['concerns'], message: 'Name each concern once.' });
    }
    if (review.concerns.includes('IDENTIFIABLE_DETAIL') && review.outcome === 'REVIEWED') {
      issues.addIssue({
        code: 'custom',
        path: ['concerns'],
        message:
          'Identifiable detail must be edited out: request a revision rather than marking it reviewed.',
      });
    }
  });
export type ReviewInput = z.input<typeof ReviewInput>;

/**
 * The review's own fields as they are stored, from the checked input: an unrated learning axis
 * is stored as none. The level, ratings and comments are worked out beside it.
 */
export function reviewRecordFields(input: z.output<typeof ReviewInput>) {
  return {
    learning: input.learning === undefined || input.learning === 'UNRATED' ? null : input.learning,
    strengthQuote: input.strengthQuote,
    strengthNote: input.strengthNote,
    furtherQuestion: input.furtherQuestion,
    concerns: input.concerns,
    generalComment: input.generalComment,
    outcome: input.outcome,
  };
}

export const CriterionRating = z.object({ criterion: ReflectCriterion, level: ReflectLevel });
export type CriterionRating = z.infer<typeof CriterionRating>;

export const MAX_RESPONSE_LENGTH = 4000;
export const MAX_NEXT_STEP_LENGTH = 1000;

/** The writer's answer to a review, and the next step they and their mentor agreed. */
export const RespondToReviewInput = ReviewRef.extend({
  response: z.string().trim().max(MAX_RESPONSE_LENGTH, 'Keep your response under 4,000 characters.'),
  agreedNextStep: z.string().trim().max(MAX_NEXT_STEP_LENGTH, 'Keep the next step under 1,000 characters.'),
}).refine((answer) => answer.response !== '' || answer.agreedNextStep !== '', {
  path: ['response'],
  message: 'Write a response or an agreed next step.',
});
export type RespondToReviewInput = z.infer<typeof RespondToReviewInput>;

export const ReviewResponse = z.object({
  response: z.string().nullable(),
  agreedNextStep: z.string().nullable(),
  respondedAt: z.date(),
});
export type ReviewResponse = z.infer<typeof ReviewResponse>;

export const ReviewView = z.object({
  id: z.string(),
  mentorName: z.string(),
  reflectionVersion: z.number().int(),
  /** The overall level: derived from the criteria, or the mentor's override. */
  level: ReflectLevel,
  /** What the criteria gave; null for reviews from before per-criterion rating. */
  derivedLevel: ReflectLevel.nullable(),
  overrideReason: z.string().nullable(),
  /** Empty for reviews from before per-criterion rating. */
  criteria: z.array(CriterionRating),
  /** Null when not rated (or not applicable). */
  learning: ReflectLearning.nullable(),
  strengthQuote: z.string().nullable(),
  strengthNote: z.string().nullable(),
  furtherQuestion: z.string().nullable(),
  concerns: z.array(ReviewConcern),
  generalComment: z.string(),
  outcome: ReviewOutcome,
  createdAt: z.date(),
  comments: z.array(
    z.object({
      id: z.string(),
      body: z.string(),
      anchorStart: z.number().int().nullable(),
      anchorEnd: z.number().int().nullable(),
      anchorText: z.string().nullable(),
    }),
  ),
  response: ReviewResponse.nullable(),
});
export type ReviewView = z.infer<typeof ReviewView>;

export const GrowthInput = z.object({
  /** Whose growth; omitted means my own. A mentor names a mentee of theirs. */
  menteeId: z.uuid().optional(),
});

export const GrowthPoint = z.object({
  reviewedAt: z.date(),
  level: ReflectLevel,
  rank: z.number().int().min(1).max(4),
  learning: ReflectLearning.nullable(),
  /** Each criterion's rank; empty for a review from before per-criterion rating (not zero). */
  criteria: z.array(z.object({ criterion: ReflectCriterion, rank: z.number().int().min(1).max(4) })),
});
export type GrowthPoint = z.infer<typeof GrowthPoint>;
