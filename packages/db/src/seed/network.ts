/**
 * The demo network: partner hospitals, staff sign-ins and cohorts. Plain data so the
 * seed, its tests and anyone reading the demo can see the whole shape in one file.
 */

export type HospitalCode = 'SMH' | 'LUH' | 'PCH';

export interface HospitalSeed {
  readonly code: HospitalCode;
  readonly name: string;
  readonly city: string;
  readonly state: string;
  readonly timeZone: string;
  /** Email domain for the hospital's generated people (reserved .example TLD: never deliverable). */
  readonly emailDomain: string;
}

export const DEMO_HOSPITALS: readonly HospitalSeed[] = [
  {
    code: 'SMH',
    name: "St. Mary's Medical Center",
    city: 'Boston',
    state: 'MA',
    timeZone: 'America/New_York',
    emailDomain: 'stmarys.example',
  },
  {
    code: 'LUH',
    name: 'Lakeshore University Hospital',
    city: 'Chicago',
    state: 'IL',
    timeZone: 'America/Chicago',
    emailDomain: 'lakeshore-uh.example',
  },
  {
    code: 'PCH',
    name: 'Pacific Crest Community Hospital',
    city: 'Santa Rosa',
    state: 'CA',
    timeZone: 'America/Los_Angeles',
    emailDomain: 'pacificcrest.example',
  },
];

export interface StaffSeed {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  /** Home hospital of the person (a network admin may still work at one). */
  readonly hospital: HospitalCode | null;
  readonly kind: 'NETWORK_ADMIN' | 'COORDINATOR';
  /** Null only for NETWORK_ADMIN, whose role reaches every hospital. */
  readonly coordinates: HospitalCode | null;
}

export const DEMO_STAFF: readonly StaffSeed[] = [
  {
    email: 'admin@preceptor.test',
    firstName: 'Avery',
    lastName: 'Lindqvist',
    hospital: null,
    kind: 'NETWORK_ADMIN',
    coordinates: null,
  },
  {
    email: 'coordinator@preceptor.test',
    firstName: 'Renée',
    lastName: 'Castellano',
    hospital: 'SMH',
    kind: 'COORDINATOR',
    coordinates: 'SMH',
  },
  {
    // Coordinates PCH only: the "coordinator of another hospital" in authorization tests.
    email: 'coordinator2@preceptor.test',
    firstName: 'Marcus',
    lastName: 'Bell',
    hospital: 'PCH',
    kind: 'COORDINATOR',
    coordinates: 'PCH',
  },
];

export type CohortKey = 'cardiac' | 'neuro';

export interface CohortSeed {
  readonly key: CohortKey;
  readonly name: string;
  readonly description: string;
  readonly startDate: Date;
  readonly endDate: Date;
  readonly hospitals: readonly HospitalCode[];
  readonly sequentialCurriculum: boolean;
  /**
   * Module slugs this cohort would like, in order; the seed falls back to whatever
   * content exists so the curriculum survives renamed modules.
   */
  readonly preferredModules: readonly string[];
  readonly moduleCount: number;
  /** Due dates for curriculum items, in position order. */
  readonly dueDates: readonly Date[];
}

const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
/** Due at the end of a working day on the US East Coast, stored in UTC. */
const dueAt = (iso: string): Date => new Date(`${iso}T23:00:00.000Z`);

export const DEMO_COHORTS: readonly CohortSeed[] = [
  {
    key: 'cardiac',
    name: '2027 Cardiac & Perfusion Fellowship',
    description:
      'A ten-month mentorship for early-career perfusionists, CVOR nurses, cardiac surgical ' +
      "assistants and cardiac anesthesia staff at St. Mary's and Pacific Crest.",
    startDate: day('2026-09-08'),
    endDate: day('2027-06-30'),
    // Spans two hospitals on purpose: each coordinator sees only their own people in it.
    hospitals: ['SMH', 'PCH'],
    sequentialCurriculum: false,
    preferredModules: ['informed-consent', 'speaking-up-for-patient-safety', 'handoff-communication'],
    moduleCount: 4,
    // The first is already past (late November 2026) so "overdue" has a case.
    dueDates: [dueAt('2026-10-30'), dueAt('2026-12-18'), dueAt('2027-02-26'), dueAt('2027-04-30')],
  },
  {
    key: 'neuro',
    name: '2026–27 Neuromonitoring & Spine Mentorship',
    description:
      'Pairs new intraoperative neuromonitoring technologists and spine OR staff with senior ' +
      'colleagues at Lakeshore University Hospital.',
    startDate: day('2026-10-01'),
    endDate: day('2027-09-30'),
    hospitals: ['LUH'],
    sequentialCurriculum: true,
    preferredModules: [
      'professional-boundaries',
      'conflicts-of-interest',
      'just-culture-and-error-disclosure',
    ],
    moduleCount: 3,
    dueDates: [dueAt('2026-12-11'), dueAt('2027-03-12'), dueAt('2027-06-11')],
  },
];

function hospitalByCode(code: HospitalCode): HospitalSeed {
  const hospital = DEMO_HOSPITALS.find((candidate) => candidate.code === code);
  if (!hospital) throw new Error(`Unknown demo hospital ${code}`);
  return hospital;
}

/** `firstname.lastname@<hospital-domain>`, ASCII only: "Renée O'Brien" → renee.obrien. */
export function personEmail(firstName: string, lastName: string, hospital: HospitalCode): string {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
  return `${slug(firstName)}.${slug(lastName)}@${hospitalByCode(hospital).emailDomain}`;
}
