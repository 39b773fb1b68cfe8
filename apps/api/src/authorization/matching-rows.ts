import { DEFAULT_MATCHING_WEIGHTS } from '@preceptor/domain/matching/weights';
import { ACTOR_EMAILS, MENTEES, SIGNED_IN, STAFF } from './actors.ts';
import { freshGoal } from './goal-fixtures.ts';
import {
  demoPairMatchId,
  freshActiveMatch,
  freshPair,
  hospitalOneCohortId,
  menteeCohortId,
} from './matching-fixtures.ts';
import { freshMeetingOf } from './meeting-fixtures.ts';
import { type AreaRows, HOSPITAL_ONE_STAFF, THE_PAIR } from './policy-row.ts';

/** Matching runs and matches, and what a matched pair shares: meetings and goals. */
export const MATCHING_ROWS: AreaRows = {
  // ── matching ──
  // Pairs of hospital 1's people: coordinator2 shares the cohort but not the people, so is refused.
  'matching.myMatches': { allowed: SIGNED_IN, call: (c) => c.matching.myMatches.query() },
  'matching.weights': {
    allowed: STAFF,
    call: async (c, f) => c.matching.weights.query({ cohortId: await hospitalOneCohortId(f.app.prisma) }),
  },
  'matching.updateWeights': {
    allowed: STAFF,
    call: async (c, f) =>
      c.matching.updateWeights.mutate({
        cohortId: (await freshPair(f.app.prisma)).cohortId,
        weights: DEFAULT_MATCHING_WEIGHTS,
      }),
  },
  'matching.run': {
    allowed: STAFF,
    call: async (c, f) => c.matching.run.mutate({ cohortId: (await freshPair(f.app.prisma)).cohortId }),
  },
  'matching.preview': {
    allowed: STAFF,
    call: async (c, f) => c.matching.preview.query({ cohortId: await hospitalOneCohortId(f.app.prisma) }),
  },
  'matching.pin': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.matching.pin.mutate(await freshPair(f.app.prisma)),
  },
  'matching.exclude': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.matching.exclude.mutate(await freshPair(f.app.prisma)),
  },
  'matching.clearRule': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => {
      const pair = await freshPair(f.app.prisma);
      await f.app.prisma.pairRule.create({ data: { ...pair, kind: 'EXCLUDE' } });
      return c.matching.clearRule.mutate(pair);
    },
  },
  'matching.publish': {
    allowed: STAFF,
    call: async (c, f) => {
      const { cohortId } = await freshPair(f.app.prisma);
      await c.matching.run.mutate({ cohortId });
      return c.matching.publish.mutate({ cohortId });
    },
  },
  'matching.cohortMatches': {
    allowed: STAFF,
    call: async (c, f) =>
      c.matching.cohortMatches.query({ cohortId: await hospitalOneCohortId(f.app.prisma) }),
  },
  'matching.endMatch': {
    allowed: STAFF,
    call: async (c, f) =>
      c.matching.endMatch.mutate({
        matchId: await freshActiveMatch(f.app.prisma),
        reason: 'Schedules never lined up',
      }),
  },
  'matching.suggestions': { allowed: MENTEES, call: (c) => c.matching.suggestions.query() },
  'matching.setPreferences': {
    allowed: MENTEES,
    call: async (c, f, actor) =>
      c.matching.setPreferences.mutate({
        cohortId: await menteeCohortId(
          f.app.prisma,
          actor === 'otherMentee' ? ACTOR_EMAILS.otherMentee : ACTOR_EMAILS.mentee,
        ),
        mentorMembershipIds: [],
      }),
  },
  'matching.reportNotAGoodFit': {
    allowed: MENTEES,
    // Each mentee reports on a match of their own; everyone else tries mentee@'s.
    call: async (c, f, actor) => {
      const email = actor === 'otherMentee' ? ACTOR_EMAILS.otherMentee : ACTOR_EMAILS.mentee;
      const matchId = await freshActiveMatch(f.app.prisma, await f.app.userId(email));
      return c.matching.reportNotAGoodFit.mutate({ matchId, reason: 'We want different things' });
    },
  },
  // ── meetings ──
  // Only the pair itself: another pair and staff (even hospital 1's) are refused, notes or not.
  'meetings.forMatch': {
    allowed: THE_PAIR,
    call: async (c, f) => c.meetings.forMatch.query({ matchId: await demoPairMatchId(f.app.prisma) }),
  },
  'meetings.log': {
    allowed: THE_PAIR,
    call: async (c, f) =>
      c.meetings.log.mutate({
        matchId: await demoPairMatchId(f.app.prisma),
        occurredAt: new Date(Date.now() - 60 * 60 * 1000),
        durationMinutes: 40,
        notes: 'Logged by the harness',
      }),
  },
  'meetings.edit': {
    allowed: THE_PAIR,
    call: async (c, f, actor) =>
      c.meetings.edit.mutate({
        meetingId: await freshMeetingOf(f.app.prisma, actor),
        occurredAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
        durationMinutes: 50,
        notes: 'Edited by the harness',
      }),
  },
  'meetings.delete': {
    allowed: THE_PAIR,
    call: async (c, f, actor) =>
      c.meetings.delete.mutate({ meetingId: await freshMeetingOf(f.app.prisma, actor) }),
  },
  // ── goals: record-scoped rows act on a fresh goal of mentee@'s, shared with mentor@ ──
  'goals.mine': { allowed: MENTEES, call: (c) => c.goals.mine.query() },
  'goals.mentorOptions': { allowed: MENTEES, call: (c) => c.goals.mentorOptions.query() },
  'goals.create': {
    allowed: MENTEES,
    call: (c) =>
      c.goals.create.mutate({
        title: 'Lead a circuit prime',
        description: null,
        targetDate: null,
        matchId: null,
      }),
  },
  'goals.update': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.goals.update.mutate({
        goalId: await freshGoal(f.app.prisma, { shared: true }),
        title: 'Stay calm when the pump alarm sounds',
        description: null,
        targetDate: '2027-03-01',
        matchId: null,
      }),
  },
  'goals.changeStatus': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.goals.changeStatus.mutate({
        goalId: await freshGoal(f.app.prisma, { shared: true }),
        status: 'DONE',
      }),
  },
  'goals.delete': {
    allowed: ['mentee'],
    call: async (c, f) => c.goals.delete.mutate({ goalId: await freshGoal(f.app.prisma, { shared: true }) }),
  },
  'goals.ofMatch': {
    allowed: ['mentor'],
    call: async (c, f) => c.goals.ofMatch.query({ matchId: await demoPairMatchId(f.app.prisma) }),
  },
};
