import { z } from 'zod';
import { Profession } from '../people/people-schemas.ts';
import { ReportFilter } from './report-filter.ts';
import { EndedBy, MentorLoad, ReflectionStage } from './report-section-schemas.ts';

/** The figures a report links down from; each names the people behind one number. */
export const DrillDownFigure = z.enum([
  'members',
  'matches',
  'quietMatches',
  'assignments',
  'quizAttempts',
  'reflections',
  'reviews',
  'endedEarly',
  'mentorLoad',
]);
export type DrillDownFigure = z.infer<typeof DrillDownFigure>;

export const AssignmentState = z.enum(['completed', 'inProgress', 'notStarted', 'overdue']);
export type AssignmentState = z.infer<typeof AssignmentState>;

export const ReflectLevel = z.enum([
  'HABITUAL_ACTION',
  'THOUGHTFUL_ACTION',
  'REFLECTION',
  'CRITICAL_REFLECTION',
]);

export const DRILL_DOWN_PAGE_SIZE = 50;
/**
 * A list counts its rows up to this many and then says "more than": counting every one of the
 * 100,000 rows behind a network-wide figure would cost more than finding the page (a search or
 * a filter narrows it; an export counts up to its own limit).
 */
export const DRILL_DOWN_COUNT_LIMIT = 1_000;

/**
 * A report filter plus which figure, and the figure's own narrowing (a module, a status …).
 * Flat and string-friendly, so it is also the drill-down page's URL.
 */
export const DrillDownInput = ReportFilter.and(
  z.object({
    figure: DrillDownFigure,
    role: z.enum(['MENTOR', 'MENTEE']).optional(),
    membership: z.enum(['active', 'removed']).optional(),
    account: z.enum(['signedIn', 'invited']).optional(),
    matchStatus: z.enum(['PROPOSED', 'ACTIVE', 'ENDED']).optional(),
    moduleId: z.uuid('That is not a module id.').optional(),
    assignment: AssignmentState.optional(),
    quiz: z.enum(['passed', 'notPassed']).optional(),
    stage: ReflectionStage.optional(),
    level: ReflectLevel.optional(),
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2027-01.')
      .optional(),
    endedBy: EndedBy.optional(),
    load: MentorLoad.optional(),
    /** Name or email. */
    search: z.string().trim().max(100, 'Keep the search under 100 characters.').optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  }),
);
export type DrillDownInput = z.input<typeof DrillDownInput>;
export type ParsedDrillDownInput = z.output<typeof DrillDownInput>;

/**
 * One person behind a figure. The person columns are always there; the others are filled when
 * the figure has them (see DRILL_DOWN_COLUMNS). Never a reflection's title or a quiz answer.
 */
export const DrillDownRow = z.strictObject({
  personId: z.string(),
  name: z.string(),
  email: z.string(),
  hospitalName: z.string().nullable(),
  cohortName: z.string().nullable(),
  profession: Profession.nullable(),
  role: z.enum(['MENTOR', 'MENTEE']).nullable(),
  moduleTitle: z.string().nullable(),
  status: z.string().nullable(),
  dueAt: z.date().nullable(),
  date: z.date().nullable(),
  /** The other person of a match, when the reader may see them; otherwise null. */
  counterpart: z.string().nullable(),
  count: z.number().int().nullable(),
  capacity: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type DrillDownRow = z.infer<typeof DrillDownRow>;

export const DrillDownPage = z.strictObject({
  figure: DrillDownFigure,
  rows: z.array(DrillDownRow),
  /** How many rows the list has, or, when `totalCapped`, how many were counted before stopping. */
  total: z.number().int().nonnegative(),
  /** True when the list has more rows than `total`. */
  totalCapped: z.boolean(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
});
export type DrillDownPage = z.infer<typeof DrillDownPage>;

export type DrillDownColumn = keyof DrillDownRow;

const PERSON: DrillDownColumn[] = ['name', 'email', 'hospitalName', 'cohortName'];

/** The columns that carry meaning for each figure, in reading order, with their headings. */
export const DRILL_DOWN_COLUMNS: Record<DrillDownFigure, DrillDownColumn[]> = {
  members: [...PERSON, 'profession', 'role', 'status'],
  matches: [...PERSON, 'counterpart', 'status', 'date'],
  quietMatches: [...PERSON, 'counterpart', 'date', 'count'],
  assignments: [...PERSON, 'moduleTitle', 'status', 'dueAt', 'date'],
  quizAttempts: [...PERSON, 'moduleTitle', 'status', 'count', 'date'],
  reflections: [...PERSON, 'status', 'count', 'date'],
  reviews: [...PERSON, 'status', 'count'],
  endedEarly: [...PERSON, 'counterpart', 'status', 'reason', 'date'],
  mentorLoad: [...PERSON, 'status', 'count', 'capacity'],
};

export const DRILL_DOWN_HEADINGS: Record<DrillDownFigure, Partial<Record<DrillDownColumn, string>>> = {
  members: { status: 'Membership' },
  matches: { counterpart: 'Mentor', status: 'Match', date: 'Since' },
  quietMatches: { counterpart: 'Mentor', date: 'Last activity', count: 'Days quiet' },
  assignments: { status: 'Status', dueAt: 'Due', date: 'Completed' },
  quizAttempts: { status: 'Result', count: 'Attempts', date: 'Last attempt' },
  reflections: { status: 'Stage', count: 'Reflections', date: 'Last change' },
  reviews: { status: 'REFLECT level', count: 'Reviews' },
  endedEarly: { counterpart: 'Mentor', status: 'Ended by', reason: 'Reason', date: 'Ended' },
  mentorLoad: { status: 'Load', count: 'Active matches', capacity: 'Capacity' },
};

export const COMMON_HEADINGS: Record<DrillDownColumn, string> = {
  personId: 'Person',
  name: 'Name',
  email: 'Email',
  hospitalName: 'Hospital',
  cohortName: 'Cohort',
  profession: 'Profession',
  role: 'Role',
  moduleTitle: 'Module',
  status: 'Status',
  dueAt: 'Due',
  date: 'Date',
  counterpart: 'With',
  count: 'Count',
  capacity: 'Capacity',
  reason: 'Reason',
};

/** The heading of a column for a figure: the figure's own word, else the common one. */
export function drillDownHeading(figure: DrillDownFigure, column: DrillDownColumn): string {
  return DRILL_DOWN_HEADINGS[figure][column] ?? COMMON_HEADINGS[column];
}
