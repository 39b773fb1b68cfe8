import { z } from 'zod';

/*
 * The REFLECT rubric (Wald et al., Academic Medicine 2012;87:41–50): the reflective capacity a
 * piece of writing shows, rated per criterion. Its reliability is modest, so Preceptor uses it for
 * formative feedback and growth over time, never to grade or rank people — the note below says so
 * to mentors. The anchor texts are Preceptor's wording of the rubric's levels.
 */

export const ReflectLevel = z.enum([
  'HABITUAL_ACTION',
  'THOUGHTFUL_ACTION',
  'REFLECTION',
  'CRITICAL_REFLECTION',
]);
export type ReflectLevel = z.infer<typeof ReflectLevel>;

/** The five criteria of the rubric, each rated across the four levels. */
export const ReflectCriterion = z.enum([
  'WRITING_SPECTRUM',
  'PRESENCE',
  'DILEMMA',
  'EMOTIONS',
  'MEANING_MAKING',
]);
export type ReflectCriterion = z.infer<typeof ReflectCriterion>;

/**
 * The separate learning axis, only for writing at reflection or critical reflection. It has no
 * "none": a mentor who cannot tell leaves it unrated, which is stored as no value at all.
 */
export const ReflectLearning = z.enum(['TRANSFORMATIVE', 'CONFIRMATORY']);
export type ReflectLearning = z.infer<typeof ReflectLearning>;

export interface ReflectLevelGuide {
  level: ReflectLevel;
  /** 1 (habitual action) to 4 (critical reflection), for growth charts. */
  rank: 1 | 2 | 3 | 4;
  label: string;
  summary: string;
  /** A question the mentor might ask to help the writer reach further (Preceptor's own addition). */
  nextStep: string;
}

export const REFLECT_LEVELS: readonly ReflectLevelGuide[] = [
  {
    level: 'HABITUAL_ACTION',
    rank: 1,
    label: 'Habitual action',
    summary: 'Non-reflective: describes what happened without introspection.',
    nextStep: 'Ask what surprised or troubled them, and how they felt at that moment.',
  },
  {
    level: 'THOUGHTFUL_ACTION',
    rank: 2,
    label: 'Thoughtful action or introspection',
    summary: 'Introspection, but little analysis: the writer is present, the meaning is not explored.',
    nextStep: 'Ask why it mattered, and how someone else in the room might have seen it.',
  },
  {
    level: 'REFLECTION',
    rank: 3,
    label: 'Reflection',
    summary: 'Explores the meaning of the experience and considers other points of view.',
    nextStep: 'Ask which of their own assumptions the experience tested.',
  },
  {
    level: 'CRITICAL_REFLECTION',
    rank: 4,
    label: 'Critical reflection',
    summary:
      'Examines the writer’s own assumptions; a transformed perspective, often with a plan for practice.',
    nextStep: 'Ask how they will know the change worked, and whom they could share the lesson with.',
  },
];

export interface ReflectCriterionGuide {
  criterion: ReflectCriterion;
  label: string;
  description: string;
  /** What writing at each level looks like on this criterion, shown while rating. */
  anchors: Record<ReflectLevel, string>;
}

export const REFLECT_CRITERIA: readonly ReflectCriterionGuide[] = [
  {
    criterion: 'WRITING_SPECTRUM',
    label: 'Writing spectrum',
    description: 'From description of events towards exploration of them.',
    anchors: {
      HABITUAL_ACTION: 'Superficial description of what happened; nothing is explored.',
      THOUGHTFUL_ACTION: 'Mostly description, with a little exploration of the writer’s thinking.',
      REFLECTION: 'Goes beyond description: explores and questions what happened and why.',
      CRITICAL_REFLECTION:
        'Explores the experience from several angles and questions the writer’s own assumptions, values or biases.',
    },
  },
  {
    criterion: 'PRESENCE',
    label: 'Presence',
    description: 'The writer’s own voice and involvement.',
    anchors: {
      HABITUAL_ACTION: 'The writer is absent: it reads like a report.',
      THOUGHTFUL_ACTION: 'The writer appears, but keeps the experience at a distance.',
      REFLECTION: 'The writer is clearly present, writing from inside the experience.',
      CRITICAL_REFLECTION: 'Fully present: the writer engages openly, discomfort included.',
    },
  },
  {
    criterion: 'DILEMMA',
    label: 'Description of conflict or disorienting dilemma',
    description: 'A conflict or disorienting dilemma is recognised and described.',
    anchors: {
      HABITUAL_ACTION: 'No conflict or dilemma is named.',
      THOUGHTFUL_ACTION: 'A conflict or dilemma is mentioned but taken at face value.',
      REFLECTION: 'The dilemma is described and more than one perspective on it is weighed.',
      CRITICAL_REFLECTION:
        'The dilemma is examined in depth, including what it unsettled in the writer’s own view.',
    },
  },
  {
    criterion: 'EMOTIONS',
    label: 'Attending to emotions',
    description: 'Attention to the writer’s emotions and their effect.',
    anchors: {
      HABITUAL_ACTION: 'Emotions are absent or ignored.',
      THOUGHTFUL_ACTION: 'Emotions are named, but not explored.',
      REFLECTION: 'Emotions are explored: where they came from and how they shaped what the writer did.',
      CRITICAL_REFLECTION: 'Emotions are examined in depth and used to understand the experience anew.',
    },
  },
  {
    criterion: 'MEANING_MAKING',
    label: 'Analysis and meaning making',
    description: 'Why it happened, and what it means.',
    anchors: {
      HABITUAL_ACTION: 'No analysis: the events are not given any meaning.',
      THOUGHTFUL_ACTION: 'Some analysis; conclusions are stated rather than reasoned.',
      REFLECTION: 'Analysis leads to meaning: why it happened and what it means for the writer.',
      CRITICAL_REFLECTION:
        'The analysis changes the writer’s perspective, with implications for their future practice.',
    },
  },
];

export const REFLECT_LEARNING_LABELS: Record<ReflectLearning, { label: string; description: string }> = {
  TRANSFORMATIVE: {
    label: 'Transformative',
    description: 'The writing shows the writer’s perspective or practice changed.',
  },
  CONFIRMATORY: {
    label: 'Confirmatory',
    description: 'The experience confirmed or deepened what the writer already understood.',
  },
};

/** Shown beside the rubric so it is used as the authors intended. */
export const REFLECT_USE_NOTE =
  'REFLECT levels are for formative feedback and for seeing growth over time. Agreement between raters is modest, so do not use them to grade or rank people.';

/**
 * Shown on everything Preceptor adds to the rubric as Wald et al. published it (the rule that
 * derives the overall level, the suggested questions), so no addition passes for the original.
 */
export const PRECEPTOR_ADDITION = 'Preceptor’s own addition';

/**
 * How the overall level follows from the criteria, in the words shown to mentors. Wald et al.
 * rate the overall level as a judgement of the whole; this rule is Preceptor's.
 */
export const OVERALL_LEVEL_RULE =
  'The overall level is the highest level that at least three of the five criteria reach.';

export function reflectLevelGuide(level: ReflectLevel): ReflectLevelGuide {
  const guide = REFLECT_LEVELS.find((entry) => entry.level === level);
  if (!guide) throw new Error(`unknown REFLECT level ${level}`);
  return guide;
}

export function reflectCriterionGuide(criterion: ReflectCriterion): ReflectCriterionGuide {
  const guide = REFLECT_CRITERIA.find((entry) => entry.criterion === criterion);
  if (!guide) throw new Error(`unknown REFLECT criterion ${criterion}`);
  return guide;
}

export function levelOfRank(rank: number): ReflectLevel {
  const guide = REFLECT_LEVELS.find((entry) => entry.rank === rank);
  if (!guide) throw new Error(`no REFLECT level has rank ${rank}`);
  return guide.level;
}

export type CriterionRatings = Record<ReflectCriterion, ReflectLevel>;

/**
 * The overall level from the five criterion ratings: the level a majority (three of five) of the
 * criteria reach — the median. One strong or one weak criterion does not carry the whole piece.
 */
export function deriveOverallLevel(ratings: CriterionRatings): ReflectLevel {
  const ranks = ReflectCriterion.options
    .map((criterion) => reflectLevelGuide(ratings[criterion]).rank)
    .sort((a, b) => b - a);
  const majority = Math.ceil(ranks.length / 2);
  return levelOfRank(ranks[majority - 1] as number);
}

/** The learning axis applies only to writing at reflection or critical reflection. */
export function learningApplies(level: ReflectLevel): boolean {
  return reflectLevelGuide(level).rank >= 3;
}
