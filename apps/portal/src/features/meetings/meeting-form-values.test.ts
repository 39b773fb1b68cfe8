import { describe, expect, it } from 'vitest';
import { type MeetingFormValues, occurredAtOf, validateMeeting } from './meeting-form-values.ts';

const started = new Date('2026-09-01T12:00:00');
const values = (changes: Partial<MeetingFormValues>): MeetingFormValues => ({
  date: '2026-10-05',
  time: '14:30',
  durationMinutes: 45,
  notes: '',
  ...changes,
});

describe('validateMeeting', () => {
  it('accepts a meeting after the match started', () => {
    expect(validateMeeting(values({}), started)).toEqual({});
  });

  it('accepts a meeting earlier on the day the match started', () => {
    expect(validateMeeting(values({ date: '2026-09-01', time: '09:00' }), started)).toEqual({});
  });

  it('shows each problem at its own field', () => {
    expect(validateMeeting(values({ time: '', durationMinutes: 2 }), started)).toEqual({
      time: 'Enter the time the meeting started.',
      durationMinutes: 'A meeting lasts at least 5 minutes.',
    });
    expect(validateMeeting(values({ date: '' }), started)).toEqual({
      date: 'Enter when the meeting took place.',
    });
    expect(validateMeeting(values({ durationMinutes: '' }), started)).toEqual({
      durationMinutes: 'Enter how long the meeting lasted, in minutes.',
    });
  });

  it('refuses a date before the match or in the future at the date field', () => {
    expect(validateMeeting(values({ date: '2026-08-30' }), started)).toEqual({
      date: 'This meeting is dated before your match started.',
    });
    const nextYear = String(new Date().getFullYear() + 1);
    expect(validateMeeting(values({ date: `${nextYear}-01-01` }), started)).toEqual({
      date: 'A meeting cannot be logged in the future.',
    });
  });
});

describe('occurredAtOf', () => {
  it('reads the date and time in the browser’s own zone', () => {
    expect(occurredAtOf(values({}))).toEqual(new Date(2026, 9, 5, 14, 30));
    expect(Number.isNaN(occurredAtOf(values({ time: '2pm' })).getTime())).toBe(true);
  });
});
