import { DomainError } from '@preceptor/domain/errors';
import { meetingTimeProblem } from '@preceptor/domain/meetings/meeting-rules';

/** Refuses a meeting dated before the match began, with the message at the time field. */
export function assertMeetingInMatch(occurredAt: Date, startedAt: Date): void {
  const problem = meetingTimeProblem(occurredAt, startedAt);
  if (problem) {
    throw new DomainError('BAD_INPUT', problem, { fieldErrors: { occurredAt: [problem] } });
  }
}
