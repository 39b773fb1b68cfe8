import { z } from 'zod';

/** One factor behind a match score, shown to staff and to the pair as "why we matched you". */
export const MatchFactor = z.object({
  factor: z.string(),
  weight: z.number(),
  value: z.number(),
  points: z.number(),
  detail: z.string(),
});
export type MatchFactor = z.infer<typeof MatchFactor>;

export const PersonCard = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  profession: z.string().nullable(),
  specialty: z.string().nullable(),
  hospitalName: z.string().nullable(),
});
export type PersonCard = z.infer<typeof PersonCard>;

/** A match seen by one of its two people. */
export const MyMatch = z.object({
  matchId: z.string(),
  cohortId: z.string(),
  cohortName: z.string(),
  myRole: z.enum(['MENTOR', 'MENTEE']),
  other: PersonCard,
  score: z.number(),
  factors: z.array(MatchFactor),
  activeSince: z.date().nullable(),
});
export type MyMatch = z.infer<typeof MyMatch>;
