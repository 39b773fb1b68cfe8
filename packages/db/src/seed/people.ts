/**
 * The demo people (mentors and mentees) as plain, deterministic data, and the helpers that
 * turn a roster line into a full profile. Staff sign-ins live in network.ts.
 */
import type { CareerStage } from '../generated/prisma/enums.ts';
import { DEMO_MENTEE_ROSTER, NAMED_MENTEES } from './mentees.ts';
import { DEMO_MENTORS } from './mentors.ts';
import { type CohortKey, DEMO_COHORTS, type HospitalCode, personEmail } from './network.ts';
import { createRandom } from './prng.ts';
import {
  CLINICAL_TAGS,
  PROFESSIONAL_TAGS,
  type SeedProfession,
  type Specialty,
  type Tag,
} from './vocabulary.ts';

export interface PersonSeed {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly hospital: HospitalCode;
  readonly role: 'MENTOR' | 'MENTEE';
  /** Mentees a mentor takes in their cohort (1–4); null for mentees. */
  readonly capacity: number | null;
  readonly profession: SeedProfession;
  readonly specialty: Specialty;
  readonly careerStage: CareerStage;
  readonly yearsExperience: number;
  readonly expertiseTags: readonly Tag[];
  readonly goalTags: readonly Tag[];
  readonly languages: readonly string[];
  readonly remoteOk: boolean;
  readonly monthlyAvailabilityHours: number;
  readonly bio: string | null;
  /** Reporting line, by email, so the "not in own reporting line" constraint has cases. */
  readonly managerEmail: string | null;
}

/** Each hospital's people belong to the one demo cohort that includes that hospital. */
export function cohortForHospital(code: HospitalCode): CohortKey {
  const cohort = DEMO_COHORTS.find((candidate) => candidate.hospitals.includes(code));
  if (!cohort) throw new Error(`No demo cohort includes hospital ${code}`);
  return cohort.key;
}

/** Expands a compact roster line into a mentee profile, filling the rest from a per-person PRNG. */
function menteeFromRoster(line: (typeof DEMO_MENTEE_ROSTER)[number]): PersonSeed {
  const [firstName, lastName, hospital, profession, specialty, extraLanguages, managerEmail] = line;
  const email = personEmail(firstName, lastName, hospital);
  const random = createRandom(email);
  // Mostly early career; a few students on clinical rotation and a few mid-career people
  // changing specialty, so the seniority constraint has edge cases.
  const roll = random.next();
  const careerStage: CareerStage = roll < 0.1 ? 'STUDENT' : roll < 0.75 ? 'EARLY_CAREER' : 'MID_CAREER';
  const yearsExperience =
    careerStage === 'STUDENT' ? 0 : careerStage === 'EARLY_CAREER' ? random.int(1, 4) : random.int(5, 8);
  const goalTags = [
    ...random.sample(CLINICAL_TAGS[profession], 2),
    ...random.sample(PROFESSIONAL_TAGS, random.int(1, 2)),
  ];
  return {
    email,
    firstName,
    lastName,
    hospital,
    role: 'MENTEE',
    capacity: null,
    profession,
    specialty,
    careerStage,
    yearsExperience,
    expertiseTags: [],
    goalTags: [...new Set(goalTags)],
    languages: ['English', ...extraLanguages],
    remoteOk: random.chance(0.7),
    monthlyAvailabilityHours: random.int(2, 4),
    bio: null,
    managerEmail: managerEmail ?? null,
  };
}

let cached: readonly PersonSeed[] | undefined;

/** Every demo mentor and mentee, in a stable order. */
export function demoPeople(): readonly PersonSeed[] {
  cached ??= [...DEMO_MENTORS, ...NAMED_MENTEES, ...DEMO_MENTEE_ROSTER.map(menteeFromRoster)];
  return cached;
}

export function personByEmail(email: string): PersonSeed {
  const person = demoPeople().find((candidate) => candidate.email === email);
  if (!person) throw new Error(`No demo person ${email}`);
  return person;
}
