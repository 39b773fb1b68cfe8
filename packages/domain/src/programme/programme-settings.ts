import { z } from 'zod';

const Days = (what: string) =>
  z
    .number({ message: `Enter the number of days ${what}.` })
    .int('Use a whole number of days.')
    .min(1, 'At least 1 day.')
    .max(365, 'At most 365 days.');

/**
 * What a cohort sends on its own, each reminder on or off with its timing in days. Stored per
 * cohort (CohortProgrammeSettings); a cohort without a row uses DEFAULT_PROGRAMME_SETTINGS.
 */
export const ProgrammeSettings = z
  .object({
    moduleDueEnabled: z.boolean(),
    /** Remind a mentee this many days before a module is due. */
    moduleDueDays: Days('before a module is due'),
    moduleOverdueEnabled: z.boolean(),
    /** Remind again every this many days while a module stays overdue. */
    moduleOverdueDays: Days('between overdue reminders'),
    /** Weekly list for the coordinators of who has an overdue module. */
    overdueDigestEnabled: z.boolean(),
    reviewWaitingEnabled: z.boolean(),
    /** Remind the mentor when a shared reflection has waited this many days. */
    reviewWaitingDays: Days('a reflection waits before the mentor is reminded'),
    reviewEscalationEnabled: z.boolean(),
    /** Tell the coordinators when a shared reflection has waited this many days. */
    reviewEscalationDays: Days('a reflection waits before the coordinators are told'),
    meetingGapEnabled: z.boolean(),
    /** Nudge both people of a match after this many days without a meeting logged. */
    meetingGapDays: Days('without a meeting'),
    cohortStartingEnabled: z.boolean(),
    cohortStartingDays: Days('before the cohort starts'),
    cohortEndingEnabled: z.boolean(),
    cohortEndingDays: Days('before the cohort ends'),
    /** Email both people "why we matched you" when matches are published. */
    matchWelcomeEnabled: z.boolean(),
    /** Check-ins at 30 and 90 days and at the cohort's end. */
    checkInsEnabled: z.boolean(),
  })
  .refine((s) => s.reviewEscalationDays > s.reviewWaitingDays, {
    path: ['reviewEscalationDays'],
    message: 'Tell the coordinators later than the mentor is reminded.',
  });
export type ProgrammeSettings = z.infer<typeof ProgrammeSettings>;

export const DEFAULT_PROGRAMME_SETTINGS: ProgrammeSettings = {
  moduleDueEnabled: true,
  moduleDueDays: 3,
  moduleOverdueEnabled: true,
  moduleOverdueDays: 7,
  overdueDigestEnabled: true,
  reviewWaitingEnabled: true,
  reviewWaitingDays: 5,
  reviewEscalationEnabled: true,
  reviewEscalationDays: 10,
  meetingGapEnabled: true,
  meetingGapDays: 30,
  cohortStartingEnabled: true,
  cohortStartingDays: 7,
  cohortEndingEnabled: true,
  cohortEndingDays: 14,
  matchWelcomeEnabled: true,
  checkInsEnabled: true,
};

export const CohortProgrammeSettings = z.object({
  cohortId: z.string(),
  settings: ProgrammeSettings,
  /** False while the cohort uses the defaults (nobody saved settings for it). */
  customised: z.boolean(),
  /** A closed cohort's settings are a record and do not change. */
  readOnly: z.boolean(),
});
export type CohortProgrammeSettings = z.infer<typeof CohortProgrammeSettings>;

export const UpdateProgrammeSettingsInput = z.object({
  cohortId: z.string().min(1),
  settings: ProgrammeSettings,
});
export type UpdateProgrammeSettingsInput = z.infer<typeof UpdateProgrammeSettingsInput>;

/** Each reminder's switch and, when it is timed, its days: the settings form's rows. */
export const REMINDER_SETTING_ROWS: readonly {
  enabled: keyof ProgrammeSettings;
  days: keyof ProgrammeSettings | null;
  label: string;
  daysLabel: string | null;
}[] = [
  {
    enabled: 'moduleDueEnabled',
    days: 'moduleDueDays',
    label: 'Module due soon (mentee)',
    daysLabel: 'Days before the due date',
  },
  {
    enabled: 'moduleOverdueEnabled',
    days: 'moduleOverdueDays',
    label: 'Module overdue (mentee)',
    daysLabel: 'Remind again every (days)',
  },
  {
    enabled: 'overdueDigestEnabled',
    days: null,
    label: 'Weekly list of overdue modules (coordinators)',
    daysLabel: null,
  },
  {
    enabled: 'reviewWaitingEnabled',
    days: 'reviewWaitingDays',
    label: 'Reflection waiting for review (mentor)',
    daysLabel: 'Days after sharing, for the mentor',
  },
  {
    enabled: 'reviewEscalationEnabled',
    days: 'reviewEscalationDays',
    label: 'Reflection still unreviewed (coordinators)',
    daysLabel: 'Days after sharing, for the coordinators',
  },
  {
    enabled: 'meetingGapEnabled',
    days: 'meetingGapDays',
    label: 'No meeting logged (mentor and mentee)',
    daysLabel: 'Days without a meeting',
  },
  {
    enabled: 'cohortStartingEnabled',
    days: 'cohortStartingDays',
    label: 'Cohort starting (members)',
    daysLabel: 'Days before the start',
  },
  {
    enabled: 'cohortEndingEnabled',
    days: 'cohortEndingDays',
    label: 'Cohort ending (members)',
    daysLabel: 'Days before the end',
  },
  {
    enabled: 'matchWelcomeEnabled',
    days: null,
    label: 'Welcome with “why we matched you” on publishing',
    daysLabel: null,
  },
  {
    enabled: 'checkInsEnabled',
    days: null,
    label: 'Check-ins at 30 and 90 days and at the end',
    daysLabel: null,
  },
];
