import { z } from 'zod';

/*
 * The solver-level instance and result (docs: shared/design/matching-instance.md).
 * The schemas check shape only; cross-references (unknown ids, duplicates, pins against
 * capacities) need the whole instance and live in `validateInstance`, which also turns every
 * problem into one readable sentence.
 */

export const MatchingMentor = z.object({
  id: z.string().min(1),
  // Integer-ness and sign are checked by validateInstance so the message can name the mentor.
  capacity: z.number(),
});
export type MatchingMentor = z.infer<typeof MatchingMentor>;

export const MatchingMentee = z.object({ id: z.string().min(1) });
export type MatchingMentee = z.infer<typeof MatchingMentee>;

/** `[menteeId, mentorId, score]`: an allowed pair. Pairs not listed are forbidden. */
export const MatchingEdge = z.tuple([z.string(), z.string(), z.number()]);
export type MatchingEdge = z.infer<typeof MatchingEdge>;

/** `[menteeId, mentorId]`: a pair that must appear in the result. */
export const MatchingPin = z.tuple([z.string(), z.string()]);
export type MatchingPin = z.infer<typeof MatchingPin>;

export const MatchingInstance = z.object({
  mentors: z.array(MatchingMentor),
  mentees: z.array(MatchingMentee),
  edges: z.array(MatchingEdge),
  pinned: z.array(MatchingPin).optional(),
});
export type MatchingInstance = z.infer<typeof MatchingInstance>;

export const UnmatchedReason = z.enum([
  /** No edge names this mentee: every pair with it was forbidden by the hard constraints. */
  'no-allowed-mentor',
  /** Every allowed mentor has capacity 0 in this instance. */
  'allowed-mentors-have-no-capacity',
  /** Every allowed mentor is filled by pinned mentees. */
  'allowed-mentors-filled-by-pins',
  /**
   * Every allowed mentor is full in the optimum. Matching this mentee would unmatch another
   * one, so it cannot raise the number matched, and the optimum chose the other by score.
   */
  'allowed-mentors-at-capacity',
]);
export type UnmatchedReason = z.infer<typeof UnmatchedReason>;

export const UnmatchedMentee = z.object({
  mentee: z.string(),
  reason: UnmatchedReason,
  /** The same reason as a sentence for staff, with the number of allowed mentors. */
  detail: z.string(),
});
export type UnmatchedMentee = z.infer<typeof UnmatchedMentee>;

export const MatchingResult = z.object({
  /** `[menteeId, mentorId]`, in the order the mentees were given; pins included. */
  matches: z.array(MatchingPin),
  matched: z.number().int().nonnegative(),
  totalScore: z.number(),
  unmatched: z.array(UnmatchedMentee),
});
export type MatchingResult = z.infer<typeof MatchingResult>;
