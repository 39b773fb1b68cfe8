import { describe, expect, it } from 'vitest';
import { CHECK_IN_GRACE_DAYS, dueCheckIns } from './check-in-rules.ts';
import { AnswerCheckInInput } from './check-in-schemas.ts';
import { MIN_GROUP_SIZE, summariseCheckIns } from './check-in-summary.ts';
import { whyWeMatchedYou } from './match-welcome.ts';
import { addDays } from './programme-days.ts';
import { DEFAULT_PROGRAMME_SETTINGS } from './programme-settings.ts';

const defaults = () => DEFAULT_PROGRAMME_SETTINGS;
const match = {
  matchId: 'x',
  cohortId: 'c1',
  mentorId: 'm1',
  menteeId: 'e1',
  activatedAt: new Date('2027-01-01T12:00:00Z'),
  cohortEnd: new Date('2027-12-31T00:00:00Z'),
};

describe('check-ins open', () => {
  const occasions = (now: Date, m = match) =>
    dueCheckIns([m], defaults, now).map((d) => `${d.occasion}:${d.role}`);

  it('at 30 and 90 days, for mentor and mentee each', () => {
    expect(occasions(addDays(match.activatedAt, 29))).toEqual([]);
    expect(occasions(addDays(match.activatedAt, 30))).toEqual(['DAY_30:MENTOR', 'DAY_30:MENTEE']);
    expect(occasions(addDays(match.activatedAt, 90))).toEqual(['DAY_90:MENTOR', 'DAY_90:MENTEE']);
  });

  it('a week before the cohort ends', () => {
    expect(occasions(new Date('2027-12-24T00:00:00Z'))).toEqual(['COHORT_END:MENTOR', 'COHORT_END:MENTEE']);
  });

  it('not long after their date, so a late start does not open old check-ins', () => {
    expect(occasions(addDays(match.activatedAt, 30 + CHECK_IN_GRACE_DAYS))).toEqual([]);
  });

  it('leaves a check-in that falls in the end window to the end one', () => {
    const late = { ...match, activatedAt: new Date('2027-11-30T00:00:00Z') };
    expect(occasions(new Date('2027-12-30T00:00:00Z'), late)).toEqual([
      'COHORT_END:MENTOR',
      'COHORT_END:MENTEE',
    ]);
  });

  it('none when the cohort turned check-ins off', () => {
    const off = () => ({ ...DEFAULT_PROGRAMME_SETTINGS, checkInsEnabled: false });
    expect(dueCheckIns([match], off, addDays(match.activatedAt, 30))).toEqual([]);
  });
});

describe('check-in answers', () => {
  const answer = {
    checkInId: 'k',
    satisfaction: 4,
    meetingFrequency: 'MONTHLY',
    working: 'YES',
    comment: '',
    shareComment: false,
  } as const;

  it('takes a full answer and turns an empty comment into none', () => {
    expect(AnswerCheckInInput.parse(answer).comment).toBeNull();
  });

  it('refuses a satisfaction outside 1–5 and sharing an empty comment, at their fields', () => {
    const bad = AnswerCheckInInput.safeParse({ ...answer, satisfaction: 6, shareComment: true });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0])).toContain('satisfaction');
    const share = AnswerCheckInInput.safeParse({ ...answer, shareComment: true });
    expect(share.error?.issues.map((i) => i.path[0])).toEqual(['shareComment']);
  });
});

describe('check-in results for staff', () => {
  const a = (
    respondentId: string,
    satisfaction: number,
    working: 'YES' | 'NOT_SURE' | 'NO',
    groupId = 'c1',
  ) => ({
    groupId,
    respondentId,
    satisfaction,
    working,
  });

  it(`show nothing for fewer than ${MIN_GROUP_SIZE} people, not even how many`, () => {
    const [group] = summariseCheckIns([a('p1', 5, 'YES'), a('p2', 1, 'NO')], ['c1']);
    expect(group).toEqual({
      groupId: 'c1',
      shown: false,
      respondents: null,
      answers: null,
      averageSatisfaction: null,
      workingPercent: null,
    });
  });

  it('count people, not answers: three check-ins of one person stay hidden', () => {
    const [group] = summariseCheckIns([a('p1', 5, 'YES'), a('p1', 4, 'YES'), a('p1', 2, 'NO')], ['c1']);
    expect(group?.shown).toBe(false);
  });

  it('give the average and the shares for three or more people', () => {
    const [group, empty] = summariseCheckIns(
      [a('p1', 5, 'YES'), a('p2', 4, 'YES'), a('p3', 2, 'NO')],
      ['c1', 'c2'],
    );
    expect(group).toMatchObject({
      shown: true,
      respondents: 3,
      answers: 3,
      averageSatisfaction: 3.7,
      workingPercent: { yes: 67, notSure: 0, no: 33 },
    });
    expect(empty?.shown).toBe(false);
  });
});

describe('why we matched you', () => {
  it('gives the factors that earned points, strongest first, at most four', () => {
    const f = (factor: string, points: number) => ({
      factor,
      weight: 1,
      value: 1,
      points,
      detail: `because ${factor}`,
    });
    expect(whyWeMatchedYou([f('a', 1), f('b', 0), f('c', 9), f('d', 3), f('e', 2), f('g', 4)])).toEqual([
      'because c',
      'because g',
      'because d',
      'because e',
    ]);
  });
});
