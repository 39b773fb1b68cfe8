import { PROFESSIONS } from '@preceptor/domain/people/professions';
import type {
  AssignmentState,
  DrillDownFigure,
  ReflectLevel,
} from '@preceptor/domain/reports/drill-down-schemas';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import type { EndedBy, MentorLoad, ReflectionStage } from '@preceptor/domain/reports/report-section-schemas';
import type { z } from 'zod';
import {
  allOf,
  guidParam,
  intParam,
  isoDateParam,
  matching,
  oneOf,
  type SearchOf,
  searchParams,
  textParam,
  withDefault,
  withoutAbsent,
} from '../../lib/search-params.ts';

// The enums' values, checked by the compiler against the report schemas (types only, so the
// schemas and zod stay out of every page's first download: the route tree validates the search).
const FIGURES = allOf<DrillDownFigure>()([
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
const ASSIGNMENT_STATES = allOf<AssignmentState>()(['completed', 'inProgress', 'notStarted', 'overdue']);
const STAGES = allOf<ReflectionStage>()(['DRAFT', 'SHARED', 'REVISION_REQUESTED', 'REVIEWED']);
const LEVELS = allOf<z.output<typeof ReflectLevel>>()([
  'HABITUAL_ACTION',
  'THOUGHTFUL_ACTION',
  'REFLECTION',
  'CRITICAL_REFLECTION',
]);
const ENDED_BY = allOf<EndedBy>()(['MENTEE', 'STAFF']);
const LOADS = allOf<MentorLoad>()(['NONE', 'UNDER', 'AT', 'OVER']);

const filterParams = {
  cohortId: guidParam,
  hospitalId: guidParam,
  profession: oneOf(PROFESSIONS),
  from: isoDateParam,
  to: isoDateParam,
  quietDays: intParam(7, 365),
};

/** The reports page's filter in the URL; a hand-edited value that does not fit is dropped. */
export const ReportSearch = searchParams(filterParams);
export type ReportSearch = SearchOf<typeof filterParams>;

const drillDownParams = {
  ...filterParams,
  figure: withDefault(oneOf(FIGURES), 'members'),
  role: oneOf(['MENTOR', 'MENTEE']),
  membership: oneOf(['active', 'removed']),
  account: oneOf(['signedIn', 'invited']),
  matchStatus: oneOf(['PROPOSED', 'ACTIVE', 'ENDED']),
  moduleId: guidParam,
  assignment: oneOf(ASSIGNMENT_STATES),
  quiz: oneOf(['passed', 'notPassed']),
  stage: oneOf(STAGES),
  level: oneOf(LEVELS),
  month: matching(/^\d{4}-(0[1-9]|1[0-2])$/),
  endedBy: oneOf(ENDED_BY),
  load: oneOf(LOADS),
  search: textParam(100),
  page: intParam(1),
};

/** The drill-down page's URL: the same filter, the figure, and the figure's own narrowing. */
export const DrillDownSearch = searchParams(drillDownParams);
export type DrillDownSearch = SearchOf<typeof drillDownParams>;

/** What narrows a figure beyond the report filter: the drill-down link's own part. */
export type FigureParams = Omit<DrillDownSearch, keyof ReportFilter | 'search' | 'page'>;

/** The report filter part of a drill-down search, for the link back to the reports. */
export function reportFilterOf(search: DrillDownSearch): ReportSearch {
  const { cohortId, hospitalId, profession, from, to, quietDays } = search;
  return withoutAbsent({ cohortId, hospitalId, profession, from, to, quietDays });
}
