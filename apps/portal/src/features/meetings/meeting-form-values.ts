import { fieldErrorsOf } from '@preceptor/domain/field-errors';
import { meetingTimeProblem } from '@preceptor/domain/meetings/meeting-rules';
import { MeetingDetails, type MeetingEntry } from '@preceptor/domain/meetings/meeting-schemas';
import dayjs from 'dayjs';

export interface MeetingFormValues {
  /** YYYY-MM-DD and HH:mm, as the native date and time inputs give them, in the browser's zone. */
  date: string;
  time: string;
  durationMinutes: number | string;
  notes: string;
}

export const MEETING_FIELDS = ['date', 'time', 'durationMinutes', 'notes'] as const;

export function emptyMeetingValues(now: Date = new Date()): MeetingFormValues {
  return { date: dayjs(now).format('YYYY-MM-DD'), time: '', durationMinutes: 45, notes: '' };
}

export function meetingValuesOf(meeting: MeetingEntry): MeetingFormValues {
  return {
    date: dayjs(meeting.occurredAt).format('YYYY-MM-DD'),
    time: dayjs(meeting.occurredAt).format('HH:mm'),
    durationMinutes: meeting.durationMinutes,
    notes: meeting.notes ?? '',
  };
}

/** The moment the person means: their own wall-clock date and time. */
export function occurredAtOf(values: MeetingFormValues): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || !/^\d{2}:\d{2}$/.test(values.time))
    return new Date(Number.NaN);
  return new Date(`${values.date}T${values.time}`);
}

export function meetingDetailsOf(values: MeetingFormValues) {
  return {
    occurredAt: occurredAtOf(values),
    durationMinutes: typeof values.durationMinutes === 'number' ? values.durationMinutes : Number.NaN,
    notes: values.notes,
  };
}

/**
 * The form's field for one the API or schema names: the moment is two inputs here, and a wrong
 * moment is shown at the date unless only the time is missing.
 */
export function meetingFieldOf(field: string, values: MeetingFormValues): string {
  if (field !== 'occurredAt') return field;
  return values.date && !values.time ? 'time' : 'date';
}

function formFieldErrors(byApiField: Record<string, string>, values: MeetingFormValues) {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(byApiField)) errors[meetingFieldOf(field, values)] = message;
  return errors;
}

/** The same rules the API applies, so most mistakes are shown before anything is sent. */
export function validateMeeting(values: MeetingFormValues, startedAt: Date): Record<string, string> {
  const parsed = MeetingDetails.safeParse(meetingDetailsOf(values));
  const byField: Record<string, string> = {};
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(fieldErrorsOf(parsed.error.issues))) {
      if (messages[0]) byField[field] = messages[0];
    }
  } else {
    const problem = meetingTimeProblem(parsed.data.occurredAt, startedAt);
    if (problem) byField.occurredAt = problem;
  }
  const errors = formFieldErrors(byField, values);
  // A missing time says so, rather than "enter when the meeting took place" at a filled date.
  if (values.date && !values.time) errors.time = 'Enter the time the meeting started.';
  return errors;
}
