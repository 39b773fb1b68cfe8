import { describe, expect, it } from 'vitest';
import { formatMinutes, meetingTimeProblem, meetingTotals } from './meeting-rules.ts';
import { CLOCK_SKEW_MS, LogMeetingInput, MEETING_NOTES_MAX_LENGTH } from './meeting-schemas.ts';

const matchId = '0195f3a0-0000-7000-8000-000000000001';
const anHourAgo = () => new Date(Date.now() - 60 * 60 * 1000);

function problems(input: Record<string, unknown>) {
  const result = LogMeetingInput.safeParse({
    matchId,
    occurredAt: anHourAgo(),
    durationMinutes: 45,
    ...input,
  });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('LogMeetingInput', () => {
  it('accepts a meeting in the past with notes, trimming them', () => {
    const parsed = LogMeetingInput.parse({
      matchId,
      occurredAt: anHourAgo(),
      durationMinutes: 45,
      notes: '  Talked ECMO.  ',
    });
    expect(parsed.notes).toBe('Talked ECMO.');
  });

  it('keeps absent or blank notes as null', () => {
    expect(LogMeetingInput.parse({ matchId, occurredAt: anHourAgo(), durationMinutes: 30 }).notes).toBeNull();
    expect(
      LogMeetingInput.parse({ matchId, occurredAt: anHourAgo(), durationMinutes: 30, notes: '   ' }).notes,
    ).toBeNull();
  });

  it('refuses a meeting in the future, beyond a small clock allowance', () => {
    expect(problems({ occurredAt: new Date(Date.now() + CLOCK_SKEW_MS + 60_000) })).toEqual({
      occurredAt: 'A meeting cannot be logged in the future.',
    });
    expect(problems({ occurredAt: new Date(Date.now() + 30_000) })).toEqual({});
  });

  it('refuses a missing or invalid time', () => {
    expect(Object.keys(problems({ occurredAt: undefined }))).toEqual(['occurredAt']);
    expect(Object.keys(problems({ occurredAt: new Date('not a date') }))).toEqual(['occurredAt']);
  });

  it.each([
    [4, 'A meeting lasts at least 5 minutes.'],
    [481, 'A meeting lasts at most 480 minutes (8 hours).'],
    [30.5, 'Enter whole minutes.'],
  ])('refuses a duration of %s minutes', (durationMinutes, message) => {
    expect(problems({ durationMinutes })).toEqual({ durationMinutes: message });
  });

  it('accepts the duration bounds', () => {
    expect(problems({ durationMinutes: 5 })).toEqual({});
    expect(problems({ durationMinutes: 480 })).toEqual({});
  });

  it('refuses notes over the limit', () => {
    expect(problems({ notes: 'x'.repeat(MEETING_NOTES_MAX_LENGTH + 1) })).toEqual({
      notes: `Keep notes under ${MEETING_NOTES_MAX_LENGTH} characters.`,
    });
    expect(problems({ notes: 'x'.repeat(MEETING_NOTES_MAX_LENGTH) })).toEqual({});
  });

  it('refuses a match id that is not one', () => {
    expect(problems({ matchId: 'nope' })).toEqual({ matchId: 'That is not a match.' });
  });
});

describe('meetingTimeProblem', () => {
  const started = new Date('2026-09-15T12:00:00Z');
  it('refuses a meeting more than a day before the match started', () => {
    expect(meetingTimeProblem(new Date('2026-09-14T11:59:00Z'), started)).toBe(
      'This meeting is dated before your match started.',
    );
  });
  it('accepts one on the day the match started, even before the moment it was published', () => {
    expect(meetingTimeProblem(new Date('2026-09-15T08:00:00Z'), started)).toBeNull();
  });
  it('accepts one at or after the start', () => {
    expect(meetingTimeProblem(started, started)).toBeNull();
    expect(meetingTimeProblem(new Date('2026-10-01T09:00:00Z'), started)).toBeNull();
  });
});

describe('meetingTotals and formatMinutes', () => {
  it('adds up meetings and minutes', () => {
    expect(meetingTotals([])).toEqual({ meetings: 0, minutes: 0 });
    expect(meetingTotals([{ durationMinutes: 45 }, { durationMinutes: 60 }])).toEqual({
      meetings: 2,
      minutes: 105,
    });
  });
  it('reads in hours past one', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(225)).toBe('3 h 45 min');
  });
});
