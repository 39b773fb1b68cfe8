import { describe, expect, it } from 'vitest';
import { cohortDateReminders } from './cohort-date-reminders.ts';
import { moduleReminders, overdueDigests } from './module-reminders.ts';
import { isoWeek } from './programme-days.ts';
import { DEFAULT_PROGRAMME_SETTINGS, ProgrammeSettings } from './programme-settings.ts';
import { meetingGapReminders, reviewEscalations, reviewWaitingReminders } from './relationship-reminders.ts';

const at = (iso: string) => new Date(iso);
const defaults = () => DEFAULT_PROGRAMME_SETTINGS;
const with_ = (changes: Partial<ProgrammeSettings>) => () => ({ ...DEFAULT_PROGRAMME_SETTINGS, ...changes });

describe('module reminders', () => {
  const assignment = {
    userId: 'u1',
    cohortId: 'c1',
    curriculumItemId: 'i1',
    dueAt: at('2027-03-10T17:00:00Z'),
    cohortEnd: at('2027-12-31'),
  };

  it('reminds within the days before the due date, once per due date', () => {
    expect(moduleReminders([assignment], defaults, at('2027-03-06T08:00:00Z'))).toEqual([]);
    const due = moduleReminders([assignment], defaults, at('2027-03-07T08:00:00Z'));
    expect(due.map((d) => [d.kind, d.key])).toEqual([['module_due', 'module-due:i1:u1:2027-03-10']]);
    // Next day: the same key, so the scan sends nothing new.
    expect(moduleReminders([assignment], defaults, at('2027-03-09T08:00:00Z'))[0]?.key).toBe(
      'module-due:i1:u1:2027-03-10',
    );
  });

  it('a moved due date is a new reminder', () => {
    const moved = { ...assignment, dueAt: at('2027-03-12T17:00:00Z') };
    expect(moduleReminders([moved], defaults, at('2027-03-10T08:00:00Z'))[0]?.key).toBe(
      'module-due:i1:u1:2027-03-12',
    );
  });

  it('reminds of an overdue module at once and again each repeat period', () => {
    const keys = (iso: string) => moduleReminders([assignment], defaults, at(iso)).map((d) => d.key);
    expect(keys('2027-03-10T18:00:00Z')).toEqual(['module-overdue:i1:u1:2027-03-10:0']);
    expect(keys('2027-03-16T18:00:00Z')).toEqual(['module-overdue:i1:u1:2027-03-10:0']);
    expect(keys('2027-03-17T18:00:00Z')).toEqual(['module-overdue:i1:u1:2027-03-10:1']);
  });

  it('sends nothing the cohort turned off', () => {
    const off = with_({ moduleDueEnabled: false, moduleOverdueEnabled: false });
    expect(moduleReminders([assignment], off, at('2027-03-09T08:00:00Z'))).toEqual([]);
    expect(moduleReminders([assignment], off, at('2027-03-11T08:00:00Z'))).toEqual([]);
  });

  it('honours the cohort’s own number of days', () => {
    const early = with_({ moduleDueDays: 7 });
    expect(moduleReminders([assignment], early, at('2027-03-03T08:00:00Z'))).toHaveLength(1);
    expect(moduleReminders([assignment], early, at('2027-03-02T08:00:00Z'))).toHaveLength(0);
  });
});

describe('weekly overdue digest', () => {
  const row = (userId: string, coordinatorId: string, dueAt = '2027-03-01T00:00:00Z') => ({
    userId,
    coordinatorId,
    cohortId: 'c1',
    curriculumItemId: 'i1',
    dueAt: at(dueAt),
    cohortEnd: at('2027-12-31'),
  });

  it('gives each coordinator one list per cohort per week, of the mentees they coordinate', () => {
    const now = at('2027-03-10T06:00:00Z');
    const digests = overdueDigests([row('a', 'k1'), row('b', 'k1'), row('c', 'k2')], defaults, now);
    expect(digests.map((d) => [d.userId, d.key, d.subject.items.map((i) => i.userId)])).toEqual([
      ['k1', `overdue-digest:c1:k1:${isoWeek(now)}`, ['a', 'b']],
      ['k2', `overdue-digest:c1:k2:${isoWeek(now)}`, ['c']],
    ]);
  });

  it('leaves out what is not overdue yet and cohorts that turned it off', () => {
    const now = at('2027-03-10T06:00:00Z');
    expect(overdueDigests([row('a', 'k1', '2027-03-11T00:00:00Z')], defaults, now)).toEqual([]);
    expect(overdueDigests([row('a', 'k1')], with_({ overdueDigestEnabled: false }), now)).toEqual([]);
  });

  it('weeks run Monday to Sunday (ISO)', () => {
    expect(isoWeek(at('2027-01-03T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(at('2027-01-04T12:00:00Z'))).toBe('2027-W01');
    expect(isoWeek(at('2027-03-14T23:59:00Z'))).toBe(isoWeek(at('2027-03-08T00:00:00Z')));
  });
});

describe('reviews waiting', () => {
  const waiting = {
    reflectionId: 'r1',
    mentorId: 'm1',
    menteeId: 'e1',
    cohortId: 'c1',
    shareVersion: 2,
    sharedAt: at('2027-03-01T10:00:00Z'),
    cohortEnd: at('2027-12-31'),
  };

  it('reminds the mentor after the waiting days, once per shared version', () => {
    expect(reviewWaitingReminders([waiting], defaults, at('2027-03-05T10:00:00Z'))).toEqual([]);
    const due = reviewWaitingReminders([waiting], defaults, at('2027-03-06T10:00:00Z'));
    expect(due.map((d) => [d.userId, d.key])).toEqual([['m1', 'review-waiting:r1:m1:2']]);
    expect(
      reviewWaitingReminders([{ ...waiting, shareVersion: 3 }], defaults, at('2027-03-06T10:00:00Z'))[0]?.key,
    ).toBe('review-waiting:r1:m1:3');
  });

  it('then tells each coordinator, later', () => {
    const rows = [{ ...waiting, coordinatorId: 'k1' }];
    expect(reviewEscalations(rows, defaults, at('2027-03-10T10:00:00Z'))).toEqual([]);
    expect(reviewEscalations(rows, defaults, at('2027-03-11T10:00:00Z')).map((d) => d.userId)).toEqual([
      'k1',
    ]);
    expect(
      reviewEscalations(rows, with_({ reviewEscalationEnabled: false }), at('2027-03-20T10:00:00Z')),
    ).toEqual([]);
  });

  it('refuses settings that would tell coordinators before the mentor', () => {
    const result = ProgrammeSettings.safeParse({ ...DEFAULT_PROGRAMME_SETTINGS, reviewEscalationDays: 5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['reviewEscalationDays']);
  });
});

describe('no meeting logged', () => {
  const quiet = {
    matchId: 'x',
    cohortId: 'c1',
    mentorId: 'm1',
    menteeId: 'e1',
    since: at('2027-01-01T12:00:00Z'),
    cohortEnd: at('2027-12-31'),
  };

  it('nudges both people after the gap, and again after each further gap', () => {
    expect(meetingGapReminders([quiet], defaults, at('2027-01-30T12:00:00Z'))).toEqual([]);
    const first = meetingGapReminders([quiet], defaults, at('2027-01-31T12:00:00Z'));
    expect(first.map((d) => [d.userId, d.key])).toEqual([
      ['m1', 'meeting-gap:x:m1:2027-01-01:1'],
      ['e1', 'meeting-gap:x:e1:2027-01-01:1'],
    ]);
    expect(meetingGapReminders([quiet], defaults, at('2027-03-02T12:00:00Z'))[0]?.key).toBe(
      'meeting-gap:x:m1:2027-01-01:2',
    );
  });

  it('a meeting starts the count again', () => {
    const met = { ...quiet, since: at('2027-01-20T12:00:00Z') };
    expect(meetingGapReminders([met], defaults, at('2027-01-31T12:00:00Z'))).toEqual([]);
  });
});

describe('cohort starting and ending', () => {
  const member = { userId: 'u1', cohortId: 'c1', startDate: at('2027-02-01'), endDate: at('2027-07-31') };

  it('tells members in the days before the start and before the end', () => {
    expect(cohortDateReminders([member], defaults, at('2027-01-24T09:00:00Z'))).toEqual([]);
    expect(cohortDateReminders([member], defaults, at('2027-01-25T09:00:00Z')).map((d) => d.key)).toEqual([
      'cohort-starting:c1:u1:2027-02-01',
    ]);
    expect(cohortDateReminders([member], defaults, at('2027-07-17T09:00:00Z')).map((d) => d.key)).toEqual([
      'cohort-ending:c1:u1:2027-07-31',
    ]);
    expect(cohortDateReminders([member], defaults, at('2027-08-01T09:00:00Z'))).toEqual([]);
  });

  it('sends neither when turned off', () => {
    const off = with_({ cohortStartingEnabled: false, cohortEndingEnabled: false });
    expect(cohortDateReminders([member], off, at('2027-01-30T09:00:00Z'))).toEqual([]);
    expect(cohortDateReminders([member], off, at('2027-07-30T09:00:00Z'))).toEqual([]);
  });
});

describe('after the cohort’s last day', () => {
  const ended = at('2027-03-31');
  it('nothing about modules, reviews or meetings is reminded any more', () => {
    const now = at('2027-04-01T06:00:00Z');
    const assignment = {
      userId: 'u',
      cohortId: 'c',
      curriculumItemId: 'i',
      dueAt: at('2027-03-10'),
      cohortEnd: ended,
    };
    expect(moduleReminders([assignment], defaults, now)).toEqual([]);
    expect(overdueDigests([{ ...assignment, coordinatorId: 'k' }], defaults, now)).toEqual([]);
    const waiting = {
      reflectionId: 'r',
      mentorId: 'm',
      menteeId: 'e',
      cohortId: 'c',
      shareVersion: 1,
      sharedAt: at('2027-03-01'),
      cohortEnd: ended,
    };
    expect(reviewWaitingReminders([waiting], defaults, now)).toEqual([]);
    expect(reviewEscalations([{ ...waiting, coordinatorId: 'k' }], defaults, now)).toEqual([]);
    const quiet = {
      matchId: 'x',
      cohortId: 'c',
      mentorId: 'm',
      menteeId: 'e',
      since: at('2027-01-01'),
      cohortEnd: ended,
    };
    expect(meetingGapReminders([quiet], defaults, now)).toEqual([]);
    // On the last day itself they still go out.
    expect(meetingGapReminders([quiet], defaults, at('2027-03-31T20:00:00Z'))).toHaveLength(2);
  });
});
