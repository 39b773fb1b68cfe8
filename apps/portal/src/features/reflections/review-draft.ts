import {
  type CriterionRatings,
  deriveOverallLevel,
  learningApplies,
  ReflectCriterion,
  type ReflectLevel,
} from '@preceptor/domain/reflections/reflect-rubric';
import type { ReviewConcern } from '@preceptor/domain/reflections/review-concerns';
import { isExcerptOf } from '@preceptor/domain/reflections/review-quote';
import type {
  LearningRating,
  ReviewInput,
  ReviewOutcome,
} from '@preceptor/domain/reflections/review-schemas';
import { useState } from 'react';

/** The review being written: the rubric, the strength, the question and any concern. */
export interface ReviewDraft {
  criteria: Partial<CriterionRatings>;
  overriding: boolean;
  overrideLevel: ReflectLevel | null;
  overrideReason: string;
  /** Null until the mentor answers: the learning axis has no default. */
  learning: LearningRating | null;
  strengthQuote: string;
  strengthNote: string;
  furtherQuestion: string;
  concerns: ReviewConcern[];
  generalComment: string;
}

const EMPTY: ReviewDraft = {
  criteria: {},
  overriding: false,
  overrideLevel: null,
  overrideReason: '',
  learning: null,
  strengthQuote: '',
  strengthNote: '',
  furtherQuestion: '',
  concerns: [],
  generalComment: '',
};

export function allRated(criteria: Partial<CriterionRatings>): criteria is CriterionRatings {
  return ReflectCriterion.options.every((criterion) => criteria[criterion] !== undefined);
}

/** The level the criteria give, once all five are rated. */
export function derivedLevelOf(draft: ReviewDraft): ReflectLevel | null {
  return allRated(draft.criteria) ? deriveOverallLevel(draft.criteria) : null;
}

/** The overall level the review will carry: the mentor's override, or the derived one. */
export function overallLevelOf(draft: ReviewDraft): ReflectLevel | null {
  return draft.overriding && draft.overrideLevel ? draft.overrideLevel : derivedLevelOf(draft);
}

/** Messages keyed by the input's field names, so the server's own field errors land in the same places. */
export function draftProblems(
  draft: ReviewDraft,
  text: string,
  outcome: ReviewOutcome,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const criterion of ReflectCriterion.options) {
    if (!draft.criteria[criterion]) problems[`criteria.${criterion}`] = 'Rate this criterion.';
  }
  const derived = derivedLevelOf(draft);
  if (draft.overriding) {
    if (!draft.overrideLevel) problems['overallOverride.level'] = 'Choose the overall level.';
    else if (draft.overrideLevel === derived)
      problems['overallOverride.level'] = 'That is the level the criteria give: choose another, or keep it.';
    if (draft.overrideReason.trim() === '')
      problems['overallOverride.reason'] = 'Say why the overall level differs from the criteria.';
  }
  const overall = overallLevelOf(draft);
  if (overall && learningApplies(overall) && draft.learning === null) {
    problems.learning = 'Choose the learning this writing shows, or leave it unrated.';
  }
  if (draft.strengthQuote.trim() === '') problems.strengthQuote = 'Quote a passage that shows a strength.';
  else if (!isExcerptOf(text, draft.strengthQuote))
    problems.strengthQuote = 'Quote the writer’s own words: this passage is not in the text.';
  if (draft.strengthNote.trim() === '') problems.strengthNote = 'Say what is strong about it.';
  if (draft.furtherQuestion.trim() === '')
    problems.furtherQuestion = 'Ask one question to take the thinking further.';
  if (draft.concerns.includes('IDENTIFIABLE_DETAIL') && outcome === 'REVIEWED') {
    problems.concerns = 'Identifiable detail must be edited out: request a revision instead.';
  }
  return problems;
}

/** The input for `reflections.review`, once `draftProblems` found nothing. */
export function reviewInputOf(
  draft: ReviewDraft,
  reflection: { id: string; version: number },
  outcome: ReviewOutcome,
): Omit<ReviewInput, 'comments'> | null {
  if (!allRated(draft.criteria)) return null;
  const overall = overallLevelOf(draft);
  return {
    reflectionId: reflection.id,
    reflectionVersion: reflection.version,
    criteria: draft.criteria,
    ...(draft.overriding && draft.overrideLevel
      ? { overallOverride: { level: draft.overrideLevel, reason: draft.overrideReason } }
      : {}),
    // The axis is sent only where it applies; below reflection there is nothing to answer.
    ...(overall && learningApplies(overall) && draft.learning ? { learning: draft.learning } : {}),
    strengthQuote: draft.strengthQuote,
    strengthNote: draft.strengthNote,
    furtherQuestion: draft.furtherQuestion,
    concerns: draft.concerns,
    generalComment: draft.generalComment,
    outcome,
  };
}

export function useReviewDraft() {
  const [draft, setDraft] = useState<ReviewDraft>(EMPTY);
  const update = (change: Partial<ReviewDraft>) => setDraft((previous) => ({ ...previous, ...change }));
  return { draft, update };
}
export type ReviewDraftState = ReturnType<typeof useReviewDraft>;
