import { z } from 'zod';

/*
 * Each report section is plain rows with typed columns, so a table, a chart and an export are
 * all thin views of the same rows. Objects are strict: nothing a schema does not name (a
 * reflection's title, a quiz answer) can leave the server. Months are "YYYY-MM" (UTC).
 */

const count = z.number().int().nonnegative();
const month = z.string().regex(/^\d{4}-\d{2}$/);

// ── participation ──
export const ParticipationRow = z.strictObject({
  role: z.enum(['MENTOR', 'MENTEE']),
  people: count,
  active: count,
  removed: count,
  signedIn: count,
  invited: count,
});
export type ParticipationRow = z.infer<typeof ParticipationRow>;

export const MatchStatusRow = z.strictObject({
  status: z.enum(['PROPOSED', 'ACTIVE', 'ENDED']),
  matches: count,
});
export type MatchStatusRow = z.infer<typeof MatchStatusRow>;

export const ParticipationReport = z.strictObject({
  byRole: z.array(ParticipationRow),
  matches: z.array(MatchStatusRow),
});
export type ParticipationReport = z.infer<typeof ParticipationReport>;

// ── engagement ──
export const EngagementCohortRow = z.strictObject({
  cohortId: z.string(),
  cohortName: z.string(),
  activeMatches: count,
  meetings: count,
  meetingsPerMatchPerMonth: z.number().nonnegative(),
  mentoringHours: z.number().nonnegative(),
  medianDaysSinceLastActivity: z.number().nonnegative().nullable(),
  quietMatches: count,
});
export type EngagementCohortRow = z.infer<typeof EngagementCohortRow>;

export const EngagementMonthRow = z.strictObject({ month, meetings: count, mentoringHours: z.number() });
export type EngagementMonthRow = z.infer<typeof EngagementMonthRow>;

export const EngagementReport = z.strictObject({
  quietDays: count,
  byCohort: z.array(EngagementCohortRow),
  byMonth: z.array(EngagementMonthRow),
});
export type EngagementReport = z.infer<typeof EngagementReport>;

// ── learning ──
const assignmentCounts = {
  assigned: count,
  completed: count,
  inProgress: count,
  notStarted: count,
  overdue: count,
};

export const LearningModuleRow = z.strictObject({
  moduleId: z.string(),
  moduleTitle: z.string(),
  ...assignmentCounts,
});
export type LearningModuleRow = z.infer<typeof LearningModuleRow>;

export const LearningCohortRow = z.strictObject({
  cohortId: z.string(),
  cohortName: z.string(),
  /** Null for people with no home hospital (only a network admin counts them). */
  hospitalId: z.string().nullable(),
  hospitalName: z.string().nullable(),
  ...assignmentCounts,
});
export type LearningCohortRow = z.infer<typeof LearningCohortRow>;

export const LearningMonthRow = z.strictObject({ month, completed: count });
export type LearningMonthRow = z.infer<typeof LearningMonthRow>;

/** Attempts and pass rates only: never a question, a choice or an answer. */
export const QuizModuleRow = z.strictObject({
  moduleId: z.string(),
  moduleTitle: z.string(),
  people: count,
  attempts: count,
  passedAttempts: count,
  peoplePassed: count,
});
export type QuizModuleRow = z.infer<typeof QuizModuleRow>;

export const LearningReport = z.strictObject({
  byModule: z.array(LearningModuleRow),
  byCohort: z.array(LearningCohortRow),
  byMonth: z.array(LearningMonthRow),
  quizzes: z.array(QuizModuleRow),
});
export type LearningReport = z.infer<typeof LearningReport>;

// ── reflection pipeline: counts and durations, never words ──
export const ReflectionStage = z.enum(['DRAFT', 'SHARED', 'REVISION_REQUESTED', 'REVIEWED']);
export type ReflectionStage = z.infer<typeof ReflectionStage>;

export const ReflectionStageRow = z.strictObject({
  stage: ReflectionStage,
  reflections: count,
  people: count,
});
export type ReflectionStageRow = z.infer<typeof ReflectionStageRow>;

export const ReflectLevelMonthRow = z.strictObject({
  month,
  HABITUAL_ACTION: count,
  THOUGHTFUL_ACTION: count,
  REFLECTION: count,
  CRITICAL_REFLECTION: count,
});
export type ReflectLevelMonthRow = z.infer<typeof ReflectLevelMonthRow>;

export const ReflectionPipelineReport = z.strictObject({
  written: count,
  byStage: z.array(ReflectionStageRow),
  turnaround: z.strictObject({
    reviews: count,
    medianHours: z.number().nullable(),
    p90Hours: z.number().nullable(),
  }),
  levelsByMonth: z.array(ReflectLevelMonthRow),
});
export type ReflectionPipelineReport = z.infer<typeof ReflectionPipelineReport>;

// ── match health ──
export const EndedBy = z.enum(['MENTEE', 'STAFF']);
export type EndedBy = z.infer<typeof EndedBy>;

/** A reason is shown only when both people of every match behind it are in the reader's scope. */
export const EndedEarlyRow = z.strictObject({
  endedBy: EndedBy,
  reason: z.string().nullable(),
  matches: count,
});
export type EndedEarlyRow = z.infer<typeof EndedEarlyRow>;

export const MentorLoad = z.enum(['NONE', 'UNDER', 'AT', 'OVER']);
export type MentorLoad = z.infer<typeof MentorLoad>;

export const MentorLoadRow = z.strictObject({
  load: MentorLoad,
  mentors: count,
  capacity: count,
  activeMatches: count,
});
export type MentorLoadRow = z.infer<typeof MentorLoadRow>;

export const MatchHealthReport = z.strictObject({
  endedEarly: z.array(EndedEarlyRow),
  mentorLoad: z.array(MentorLoadRow),
});
export type MatchHealthReport = z.infer<typeof MatchHealthReport>;

// ── cohorts: one row each, and the roll-up across all of them (cohortId null) ──
export const CohortComparisonRow = z.strictObject({
  cohortId: z.string().nullable(),
  cohortName: z.string(),
  mentees: count,
  mentors: count,
  activeMatches: count,
  assigned: count,
  completed: count,
  overdue: count,
  meetings: count,
  reflectionsShared: count,
  reviews: count,
});
export type CohortComparisonRow = z.infer<typeof CohortComparisonRow>;

export const CohortComparisonReport = z.strictObject({
  rollUp: CohortComparisonRow,
  cohorts: z.array(CohortComparisonRow),
});
export type CohortComparisonReport = z.infer<typeof CohortComparisonReport>;

// ── what the filter bar offers ──
const FilterOption = z.strictObject({ id: z.string(), name: z.string() });
export const ReportFilterOptions = z.strictObject({
  cohorts: z.array(FilterOption),
  hospitals: z.array(FilterOption),
});
export type ReportFilterOptions = z.infer<typeof ReportFilterOptions>;
