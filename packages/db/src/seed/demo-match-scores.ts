/**
 * The demo's ACTIVE matches carry the score and "why we matched you" factors that the
 * product's own scorer gives them, so what people read is what a matching run would say.
 */
import type { MatchFactor } from '@preceptor/domain/matching/match-schemas';
import { type ScoringMentor, type ScoringPerson, scorePairs } from '@preceptor/domain/matching/scorer';
import { DEFAULT_MATCHING_WEIGHTS } from '@preceptor/domain/matching/weights';
import type { HospitalCode } from './network.ts';
import type { SeedActiveMatch } from './pairings.ts';
import { demoPeople, type PersonSeed, personByEmail } from './people.ts';

/** Database ids of the seeded rows, by email (people) or code (hospitals). */
export interface DemoIds {
  userId(email: string): string;
  membershipId(email: string): string;
  hospitalId(code: HospitalCode): string;
}

export interface ScoredDemoMatch extends SeedActiveMatch {
  readonly score: number;
  readonly factors: MatchFactor[];
}

interface DemoScoringInput {
  readonly pairs: readonly SeedActiveMatch[];
  /** Mentees' ranked mentors (emails, first choice first). */
  readonly preferences: readonly { readonly mentee: string; readonly mentors: readonly string[] }[];
  readonly ids: DemoIds;
}

function toScoringPerson(person: PersonSeed, ids: DemoIds): ScoringPerson {
  return {
    membershipId: ids.membershipId(person.email),
    userId: ids.userId(person.email),
    hospitalId: ids.hospitalId(person.hospital),
    profession: person.profession,
    specialty: person.specialty,
    careerStage: person.careerStage,
    yearsExperience: person.yearsExperience,
    expertiseTags: person.expertiseTags,
    goalTags: person.goalTags,
    languages: person.languages,
    remoteOk: person.remoteOk,
    monthlyAvailabilityHours: person.monthlyAvailabilityHours,
  };
}

/**
 * Each pair with its score and factors. Seeded cohorts keep the default weights. A pair the
 * matching rules would refuse (say, a mentor who is not more senior) is a bug in the demo
 * data, so it stops the seed rather than being stored with a made-up score.
 */
export function scoreDemoMatches(input: DemoScoringInput): ScoredDemoMatch[] {
  const { ids } = input;
  const managerOf = new Map(
    demoPeople().map((p) => [ids.userId(p.email), p.managerEmail ? ids.userId(p.managerEmail) : null]),
  );
  const preferences = new Map(
    input.preferences.map((wish) => [
      ids.membershipId(wish.mentee),
      wish.mentors.map((mentor) => ids.membershipId(mentor)),
    ]),
  );

  return input.pairs.map((pair) => {
    const mentor = personByEmail(pair.mentor);
    const mentorScoring: ScoringMentor = { ...toScoringPerson(mentor, ids), capacity: mentor.capacity ?? 0 };
    const { allowed, removed } = scorePairs({
      mentees: [toScoringPerson(personByEmail(pair.mentee), ids)],
      mentors: [mentorScoring],
      weights: DEFAULT_MATCHING_WEIGHTS,
      managerOf,
      preferences,
    });
    const scored = allowed[0];
    if (!scored) {
      const why = removed[0]?.detail ?? 'no reason given';
      throw new Error(
        `Seed bug: the demo pair ${pair.mentor} → ${pair.mentee} breaks a matching rule: ${why}`,
      );
    }
    return { ...pair, score: scored.score, factors: scored.factors };
  });
}
