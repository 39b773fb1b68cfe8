import { z } from 'zod';
import { Profession } from '../people/people-schemas.ts';
import { UnmatchedReason } from './instance-schema.ts';
import { MatchFactor } from './match-schemas.ts';
import { RemovedPairReason } from './scorer.ts';
import { MatchingWeights } from './weights.ts';

/* Inputs and outputs of the staff matching workflow and the mentee's preferences. */

const id = (what: string) =>
  z
    .string({ error: `Choose a ${what}.` })
    .min(1, `Choose a ${what}.`)
    .max(64);

export const CohortRef = z.object({ cohortId: id('cohort') });
export type CohortRef = z.infer<typeof CohortRef>;

export const UpdateWeightsInput = z.object({ cohortId: id('cohort'), weights: MatchingWeights });
export type UpdateWeightsInput = z.infer<typeof UpdateWeightsInput>;

export const WeightsView = z.object({
  cohortId: z.string(),
  cohortName: z.string(),
  readOnly: z.boolean(),
  weights: MatchingWeights,
  usingDefaults: z.boolean(),
});
export type WeightsView = z.infer<typeof WeightsView>;

export const PairInput = z.object({
  cohortId: id('cohort'),
  menteeMembershipId: id('mentee'),
  mentorMembershipId: id('mentor'),
  reason: z.string().trim().max(500, 'Keep the reason under 500 characters.').optional(),
});
export type PairInput = z.infer<typeof PairInput>;

/** One side of a pair as staff see it. People at hospitals the viewer does not administer are not named. */
export const PairPerson = z.object({
  membershipId: z.string(),
  name: z.string(),
  hospitalName: z.string().nullable(),
  profession: Profession.nullable(),
  specialty: z.string().nullable(),
  yearsExperience: z.number().int().nullable(),
  inScope: z.boolean(),
});
export type PairPerson = z.infer<typeof PairPerson>;

export const Proposal = z.object({
  matchId: z.string(),
  mentee: PairPerson,
  mentor: PairPerson,
  score: z.number(),
  pinned: z.boolean(),
  factors: z.array(MatchFactor),
});
export type Proposal = z.infer<typeof Proposal>;

export const UnmatchedRow = z.object({
  mentee: PairPerson,
  reason: UnmatchedReason,
  detail: z.string(),
});
export type UnmatchedRow = z.infer<typeof UnmatchedRow>;

export const PairRuleRow = z.object({
  kind: z.enum(['PIN', 'EXCLUDE']),
  mentee: PairPerson,
  mentor: PairPerson,
  reason: z.string().nullable(),
  createdAt: z.date(),
});
export type PairRuleRow = z.infer<typeof PairRuleRow>;

export const RunStats = z.object({
  menteesConsidered: z.number().int(),
  mentorsConsidered: z.number().int(),
  allowedPairs: z.number().int(),
  removedPairs: z.record(RemovedPairReason, z.number().int()),
  matched: z.number().int(),
  totalScore: z.number(),
  pinsApplied: z.number().int(),
  /** Pins whose mentee already has an active match or left the cohort. */
  pinsIgnored: z.number().int(),
  solveMs: z.number(),
});
export type RunStats = z.infer<typeof RunStats>;

export const MatchingPreview = z.object({
  cohort: z.object({ id: z.string(), name: z.string(), readOnly: z.boolean() }),
  run: z
    .object({
      id: z.string(),
      createdAt: z.date(),
      status: z.enum(['PREVIEW', 'PUBLISHED', 'DISCARDED']),
      stats: RunStats,
    })
    .nullable(),
  proposals: z.array(Proposal),
  unmatched: z.array(UnmatchedRow),
  rules: z.array(PairRuleRow),
});
export type MatchingPreview = z.infer<typeof MatchingPreview>;

export const PublishResult = z.object({ runId: z.string(), activated: z.number().int() });
export type PublishResult = z.infer<typeof PublishResult>;

const endReason = z
  .string({ error: 'Say why the match ends.' })
  .trim()
  .min(3, 'Say in a few words why the match ends.')
  .max(1000, 'Keep the reason under 1000 characters.');

export const EndMatchInput = z.object({ matchId: id('match'), reason: endReason });
export type EndMatchInput = z.infer<typeof EndMatchInput>;

export const EndMatchResult = z.object({ matchId: z.string(), endedAt: z.date() });
export type EndMatchResult = z.infer<typeof EndMatchResult>;

export const CohortMatchRow = z.object({
  matchId: z.string(),
  status: z.enum(['ACTIVE', 'ENDED']),
  mentee: PairPerson,
  mentor: PairPerson,
  score: z.number(),
  factors: z.array(MatchFactor),
  activatedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  endReason: z.string().nullable(),
  /** That the pair meets, for staff: how often and when last — never what they talked about. */
  meetings: z.object({ count: z.number().int().nonnegative(), lastAt: z.date().nullable() }),
});
export type CohortMatchRow = z.infer<typeof CohortMatchRow>;

export const MentorSuggestion = z.object({
  mentor: PairPerson,
  score: z.number(),
  factors: z.array(MatchFactor),
});
export type MentorSuggestion = z.infer<typeof MentorSuggestion>;

/** A mentee's view of one cohort: suggested mentors and the ones they ranked. */
export const MenteeCohortSuggestions = z.object({
  cohortId: z.string(),
  cohortName: z.string(),
  readOnly: z.boolean(),
  hasActiveMatch: z.boolean(),
  suggestions: z.array(MentorSuggestion),
  /** Mentor memberships, first choice first. */
  preferences: z.array(z.string()),
});
export type MenteeCohortSuggestions = z.infer<typeof MenteeCohortSuggestions>;

export const SetPreferencesInput = z.object({
  cohortId: id('cohort'),
  mentorMembershipIds: z
    .array(id('mentor'))
    .max(3, 'Rank at most three mentors.')
    .refine((ids) => new Set(ids).size === ids.length, 'Each mentor can be ranked only once.'),
});
export type SetPreferencesInput = z.infer<typeof SetPreferencesInput>;
