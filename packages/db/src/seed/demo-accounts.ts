/**
 * The named demo sign-ins. Tests, the e2e suite and the README all read this list so
 * the credentials live in exactly one place.
 */

/** Every demo person shares this password; it is a demo, never a production default. */
export const DEMO_PASSWORD = 'preceptor-demo';

export type DemoRoleLabel =
  | 'Network admin'
  | 'Coordinator'
  | 'Coordinator (other hospital)'
  | 'Mentor'
  | 'Mentee';

export interface DemoAccount {
  readonly email: string;
  readonly role: DemoRoleLabel;
  readonly password: string;
  /** Why the account exists, for the README table and test names. */
  readonly description: string;
}

export const DEMO_ACCOUNTS = [
  {
    email: 'admin@preceptor.test',
    role: 'Network admin',
    password: DEMO_PASSWORD,
    description: 'Network admin: every hospital, the module catalogue and staff roles',
  },
  {
    email: 'coordinator@preceptor.test',
    role: 'Coordinator',
    password: DEMO_PASSWORD,
    description: "Coordinator of St. Mary's Medical Center (SMH) only",
  },
  {
    email: 'coordinator2@preceptor.test',
    role: 'Coordinator (other hospital)',
    password: DEMO_PASSWORD,
    description: 'Coordinator of Pacific Crest Community Hospital (PCH) only',
  },
  {
    email: 'mentor@preceptor.test',
    role: 'Mentor',
    password: DEMO_PASSWORD,
    description: 'Senior perfusionist at SMH, mentoring mentee@ in the cardiac cohort',
  },
  {
    email: 'mentee@preceptor.test',
    role: 'Mentee',
    password: DEMO_PASSWORD,
    description: 'Early-career perfusionist at SMH with a draft and a shared reflection',
  },
  {
    email: 'mentor2@preceptor.test',
    role: 'Mentor',
    password: DEMO_PASSWORD,
    description: 'Senior neuromonitoring technologist at LUH, mentoring mentee2@',
  },
  {
    email: 'mentee2@preceptor.test',
    role: 'Mentee',
    password: DEMO_PASSWORD,
    description: 'Early-career neuromonitoring technologist at LUH',
  },
] as const satisfies readonly DemoAccount[];
