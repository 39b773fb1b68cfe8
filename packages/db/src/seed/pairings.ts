/**
 * Who is already matched, and who has asked for whom. Most mentees are left unmatched on
 * purpose: the coordinator's matching run is the demo's main workflow.
 */
import { personEmail } from './network.ts';

export interface SeedActiveMatch {
  readonly mentor: string;
  readonly mentee: string;
  readonly activatedAt: Date;
}

const on = (iso: string) => new Date(`${iso}T15:00:00.000Z`);

export const DEMO_ACTIVE_MATCHES: readonly SeedActiveMatch[] = [
  // The two named pairs that the sign-in demo walks through.
  { mentor: 'mentor@preceptor.test', mentee: 'mentee@preceptor.test', activatedAt: on('2026-09-15') },
  { mentor: 'mentor2@preceptor.test', mentee: 'mentee2@preceptor.test', activatedAt: on('2026-10-06') },
  // A few staff-made pairs so cohort counts and reports are not all zeros.
  {
    mentor: personEmail('Catherine', 'Nguyen', 'PCH'),
    mentee: personEmail('Marisol', 'Cruz', 'PCH'),
    activatedAt: on('2026-09-18'),
  },
  {
    mentor: personEmail('Linda', 'Foster', 'PCH'),
    mentee: personEmail('Lan', 'Vo', 'PCH'),
    activatedAt: on('2026-09-22'),
  },
  {
    mentor: personEmail('Kwame', 'Asante', 'LUH'),
    mentee: personEmail('Isabel', 'Ramirez', 'LUH'),
    activatedAt: on('2026-10-09'),
  },
];

/** Mentees' ranked wishes (rank 1 first) for the "own preferences" factor. */
export const DEMO_PREFERENCES: readonly { readonly mentee: string; readonly mentors: readonly string[] }[] = [
  {
    mentee: personEmail('Nadia', 'Haddad', 'SMH'),
    mentors: [personEmail('Catherine', 'Nguyen', 'PCH'), 'mentor@preceptor.test'],
  },
  {
    mentee: personEmail('Brianna', 'Lewis', 'SMH'),
    mentors: ['mentor@preceptor.test', personEmail('Rosa', 'Delgado', 'SMH')],
  },
  {
    mentee: personEmail('Chloe', 'Anderson', 'LUH'),
    mentors: [
      'mentor2@preceptor.test',
      personEmail('Robert', 'Lindgren', 'LUH'),
      personEmail('Hyun-woo', 'Park', 'LUH'),
    ],
  },
];
