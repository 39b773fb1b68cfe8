import { z } from 'zod';

/*
 * The REFLECT rubric (Wald et al., Academic Medicine 2012;87:41–50): the reflective capacity a
 * piece of writing shows. Its reliability is modest, so Preceptor uses it for formative feedback
 * and growth over time, never to grade or rank people — the guidance below says so to mentors.
 */

export const ReflectLevel = z.enum([
  'HABITUAL_ACTION',
  'THOUGHTFUL_ACTION',
  'REFLECTION',
  'CRITICAL_REFLECTION',
]);
export type ReflectLevel = z.infer<typeof ReflectLevel>;

/** The separate learning axis: what kind of learning the writing shows. */
export const ReflectLearning = z.enum(['TRANSFORMATIVE', 'CONFIRMATORY', 'NONE']);
export type ReflectLearning = z.infer<typeof ReflectLearning>;

export interface ReflectLevelGuide {
  level: ReflectLevel;
  /** 1 (habitual action) to 4 (critical reflection), for growth charts. */
  rank: number;
  label: string;
  summary: string;
  /** What the mentor looks for in the writing to choose this level. */
  lookFor: readonly string[];
  /** A nudge the mentor can give to help the writer reach further. */
  nextStep: string;
}

export const REFLECT_LEVELS: readonly ReflectLevelGuide[] = [
  {
    level: 'HABITUAL_ACTION',
    rank: 1,
    label: 'Habitual action',
    summary: 'Non-reflective: describes what happened without introspection.',
    lookFor: [
      'A report of events, in order, with little of the writer in it',
      'No conflict or dilemma named',
      'Feelings absent or only mentioned in passing',
    ],
    nextStep: 'Ask what surprised or troubled them, and how they felt at that moment.',
  },
  {
    level: 'THOUGHTFUL_ACTION',
    rank: 2,
    label: 'Thoughtful action',
    summary: 'Introspection, but little analysis: the writer is present, the meaning is not explored.',
    lookFor: [
      'The writer’s own voice and feelings appear',
      'A difficulty is described but taken at face value',
      'Conclusions are stated rather than reasoned',
    ],
    nextStep: 'Ask why it mattered, and how someone else in the room might have seen it.',
  },
  {
    level: 'REFLECTION',
    rank: 3,
    label: 'Reflection',
    summary: 'Explores the meaning of the experience and considers other points of view.',
    lookFor: [
      'A conflict or disorienting dilemma is named and examined',
      'Emotions are explored, not only reported',
      'Other perspectives and possible explanations are weighed',
    ],
    nextStep: 'Ask which of their own assumptions the experience tested, and what they will do differently.',
  },
  {
    level: 'CRITICAL_REFLECTION',
    rank: 4,
    label: 'Critical reflection',
    summary: 'Examines assumptions, shows a change of perspective and a plan for action.',
    lookFor: [
      'Assumptions (their own, the team’s, the system’s) are questioned',
      'A transformation of perspective is described',
      'A concrete plan for future action follows from the analysis',
    ],
    nextStep: 'Ask how they will know the plan worked, and whom they could share the lesson with.',
  },
];

/** The criteria every level is judged on (Wald et al.; the action criterion from later adaptations). */
export const REFLECT_CRITERIA: readonly { name: string; description: string }[] = [
  { name: 'Writing spectrum', description: 'From description of events towards exploration of them.' },
  { name: 'Presence', description: 'The writer’s own voice and involvement.' },
  { name: 'Dilemma', description: 'A conflict or disorienting dilemma is recognised and described.' },
  { name: 'Emotions', description: 'Attention to the writer’s emotions and their effect.' },
  { name: 'Meaning', description: 'Analysis and meaning-making: why it happened, what it means.' },
  { name: 'Action', description: 'What the writer will do differently as a result.' },
];

export const REFLECT_LEARNING_LABELS: Record<ReflectLearning, { label: string; description: string }> = {
  TRANSFORMATIVE: { label: 'Transformative', description: 'The writer’s perspective or practice changed.' },
  CONFIRMATORY: {
    label: 'Confirmatory',
    description: 'The experience confirmed what the writer already believed.',
  },
  NONE: { label: 'Not evident', description: 'No learning is described yet.' },
};

/** Shown beside the rubric so it is used as the authors intended. */
export const REFLECT_USE_NOTE =
  'REFLECT levels are for formative feedback and for seeing growth over time. Agreement between raters is modest, so do not use them to grade or rank people.';

export function reflectLevelGuide(level: ReflectLevel): ReflectLevelGuide {
  const guide = REFLECT_LEVELS.find((entry) => entry.level === level);
  if (!guide) throw new Error(`unknown REFLECT level ${level}`);
  return guide;
}
