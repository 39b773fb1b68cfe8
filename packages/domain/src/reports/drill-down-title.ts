import type { DrillDownFigure, DrillDownInput } from './drill-down-schemas.ts';

const ROLE = { MENTEE: 'Mentees', MENTOR: 'Mentors' } as const;
const ASSIGNMENT = {
  completed: 'Completed',
  inProgress: 'In-progress',
  notStarted: 'Not-started',
  overdue: 'Overdue',
} as const;
const STAGE = {
  DRAFT: 'with draft reflections',
  SHARED: 'with reflections awaiting review',
  REVISION_REQUESTED: 'asked to revise a reflection',
  REVIEWED: 'with reviewed reflections',
} as const;
const LOAD = {
  NONE: 'with no mentees',
  UNDER: 'below capacity',
  AT: 'at capacity',
  OVER: 'over capacity',
} as const;
const LEVEL = {
  HABITUAL_ACTION: 'habitual action',
  THOUGHTFUL_ACTION: 'thoughtful action',
  REFLECTION: 'reflection',
  CRITICAL_REFLECTION: 'critical reflection',
} as const;

type Narrowing = Omit<DrillDownInput, 'figure'>;

const TITLES: Record<DrillDownFigure, (input: Narrowing) => string> = {
  members: (i) => {
    const who = i.role ? ROLE[i.role] : 'Cohort members';
    if (i.account)
      return `${who} ${i.account === 'signedIn' ? 'who have signed in' : 'invited, not yet signed in'}`;
    if (i.membership) return `${i.membership === 'active' ? 'Active' : 'Removed'} ${who.toLowerCase()}`;
    return who;
  },
  matches: (i) =>
    i.matchStatus ? `${i.matchStatus[0]}${i.matchStatus.slice(1).toLowerCase()} matches` : 'Matches',
  quietMatches: () => 'Quiet matches',
  assignments: (i) =>
    i.assignment ? `${ASSIGNMENT[i.assignment]} module assignments` : 'Module assignments',
  quizAttempts: (i) =>
    i.quiz === 'passed'
      ? 'People who passed the quiz'
      : i.quiz === 'notPassed'
        ? 'People yet to pass the quiz'
        : 'Quiz takers',
  reflections: (i) => `Mentees ${i.stage ? STAGE[i.stage] : 'who wrote reflections'}`,
  reviews: (i) =>
    `Mentees reviewed${i.level ? ` at ${LEVEL[i.level]}` : ''}${i.month ? ` in ${i.month}` : ''}`,
  endedEarly: (i) =>
    `Matches ended early${i.endedBy ? ` by ${i.endedBy === 'MENTEE' ? 'the mentee' : 'staff'}` : ''}`,
  mentorLoad: (i) => `Mentors${i.load ? ` ${LOAD[i.load]}` : ''}`,
};

/** What a drill-down list shows, in words: its page heading (and an export's name). */
export function drillDownTitle(input: DrillDownInput): string {
  return TITLES[input.figure](input);
}
