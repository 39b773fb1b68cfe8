import { z } from 'zod';
import type { MatchWorking } from './check-in-schemas.ts';

/** Survey figures reach staff only for groups of at least this many people (product rule). */
export const MIN_GROUP_SIZE = 3;

/** One answered check-in, as the summary needs it: no comment, and who only to count people. */
export interface AnsweredCheckIn {
  groupId: string;
  respondentId: string;
  satisfaction: number;
  working: MatchWorking;
}

export const CheckInGroupSummary = z.object({
  groupId: z.string(),
  /** False when fewer than three people answered: then no figure is given. */
  shown: z.boolean(),
  /** Distinct people who answered; null when the group is too small to say. */
  respondents: z.number().int().nullable(),
  answers: z.number().int().nullable(),
  averageSatisfaction: z.number().nullable(),
  /** Percent of answers saying the match works, is unsure, does not. */
  workingPercent: z.object({ yes: z.number(), notSure: z.number(), no: z.number() }).nullable(),
});
export type CheckInGroupSummary = z.infer<typeof CheckInGroupSummary>;

const round1 = (n: number) => Math.round(n * 10) / 10;
const percent = (part: number, whole: number) => Math.round((part / whole) * 100);

/**
 * Check-in results by group (a cohort), only where at least three different people answered:
 * three answers by one person over three check-ins are still one person's answer. Smaller groups
 * say only that they are too small — not even how many answered.
 */
export function summariseCheckIns(
  answers: readonly AnsweredCheckIn[],
  groupIds: readonly string[],
): CheckInGroupSummary[] {
  const byGroup = new Map<string, AnsweredCheckIn[]>(groupIds.map((id) => [id, []]));
  for (const answer of answers) byGroup.get(answer.groupId)?.push(answer);
  return [...byGroup].map(([groupId, group]) => {
    const respondents = new Set(group.map((a) => a.respondentId)).size;
    if (respondents < MIN_GROUP_SIZE) {
      return {
        groupId,
        shown: false,
        respondents: null,
        answers: null,
        averageSatisfaction: null,
        workingPercent: null,
      };
    }
    const count = (w: MatchWorking) => group.filter((a) => a.working === w).length;
    return {
      groupId,
      shown: true,
      respondents,
      answers: group.length,
      averageSatisfaction: round1(group.reduce((sum, a) => sum + a.satisfaction, 0) / group.length),
      workingPercent: {
        yes: percent(count('YES'), group.length),
        notSure: percent(count('NOT_SURE'), group.length),
        no: percent(count('NO'), group.length),
      },
    };
  });
}

export const CohortCheckInSummary = CheckInGroupSummary.extend({ cohortName: z.string() });
export type CohortCheckInSummary = z.infer<typeof CohortCheckInSummary>;
