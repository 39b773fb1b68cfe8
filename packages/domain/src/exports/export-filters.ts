import { z } from 'zod';
import { AuditFilters } from '../audit/audit-schemas.ts';
import { ListMembersInput } from '../cohorts/cohort-admin-schemas.ts';
import { ListPeopleInput } from '../people/people-schemas.ts';
import { DrillDownInput } from '../reports/drill-down-schemas.ts';
import type { ExportList } from './export-table.ts';

/**
 * The filters of each downloadable list, as they arrive in a download link's query string: the
 * same fields as the list on screen (without paging), so the file holds what the table shows.
 */
export const EXPORT_FILTERS = {
  people: ListPeopleInput.pick({
    search: true,
    hospitalId: true,
    profession: true,
    specialty: true,
    cohortRole: true,
    status: true,
    access: true,
    sort: true,
  }).extend({ descending: z.stringbool().default(false) }),
  'cohort-members': ListMembersInput.pick({ cohortId: true, role: true, search: true }),
  'cohort-matches': z.object({ cohortId: z.string().min(1) }),
  'report-people': DrillDownInput,
  audit: AuditFilters.extend({ from: z.coerce.date().optional(), to: z.coerce.date().optional() }),
} satisfies Record<ExportList, z.ZodType>;

export type ExportFilters<L extends ExportList> = z.infer<(typeof EXPORT_FILTERS)[L]>;

/** The one-page cohort summary for leadership: `/exports/cohort-summary.pdf?cohortId=…`. */
export const CohortSummaryInput = z.object({ cohortId: z.string().min(1) });
