import type { CohortDetail } from '@preceptor/domain/cohorts/cohort-admin-schemas';
import type { ReactNode } from 'react';
import { CurriculumTab } from '../modules/index.ts';
import { ReminderSettingsTab } from '../programme/index.ts';
import { CohortMembersTab } from './cohort-members-tab.tsx';

export interface CohortTab {
  value: string;
  label: string;
  panel: (cohort: CohortDetail) => ReactNode;
}

/**
 * The cohort page's tabs, in order. Each area adds its own (Curriculum, Matching) here when it
 * has a panel; the page shows exactly the tabs listed.
 */
export const COHORT_TABS: CohortTab[] = [
  { value: 'members', label: 'Members', panel: (cohort) => <CohortMembersTab cohort={cohort} /> },
  { value: 'curriculum', label: 'Curriculum', panel: (cohort) => <CurriculumTab cohortId={cohort.id} /> },
  { value: 'reminders', label: 'Reminders', panel: (cohort) => <ReminderSettingsTab cohortId={cohort.id} /> },
];
