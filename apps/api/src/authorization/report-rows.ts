import { STAFF } from './actors.ts';
import { freshHospitalOneCohort, hospitalId } from './admin-fixtures.ts';
import { type AreaRows, HOSPITAL_ONE_STAFF } from './policy-row.ts';

/**
 * Reports. Unfiltered, every staff member reads their own scope; narrowed to hospital 1 (St.
 * Mary's) or one of its cohorts, the coordinator of another hospital is refused.
 */
export const REPORT_ROWS: AreaRows = {
  'reports.overview': { allowed: STAFF, call: (c) => c.reports.overview.query() },
  'reports.filterOptions': { allowed: STAFF, call: (c) => c.reports.filterOptions.query() },
  'reports.participation': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.reports.participation.query({ cohortId: await freshHospitalOneCohort(f.app.prisma) }),
  },
  'reports.engagement': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.reports.engagement.query({ cohortId: await freshHospitalOneCohort(f.app.prisma) }),
  },
  'reports.learning': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.reports.learning.query({ hospitalId: await hospitalId(f.app.prisma, 'SMH') }),
  },
  'reports.reflectionPipeline': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.reports.reflectionPipeline.query({ hospitalId: await hospitalId(f.app.prisma, 'SMH') }),
  },
  'reports.matchHealth': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.reports.matchHealth.query({ cohortId: await freshHospitalOneCohort(f.app.prisma) }),
  },
  'reports.cohortComparison': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.reports.cohortComparison.query({ hospitalId: await hospitalId(f.app.prisma, 'SMH') }),
  },
  'reports.freshness': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.reports.freshness.query({ hospitalId: await hospitalId(f.app.prisma, 'SMH') }),
  },
  'reports.drillDown': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.reports.drillDown.query({
        figure: 'assignments',
        assignment: 'overdue',
        hospitalId: await hospitalId(f.app.prisma, 'SMH'),
      }),
  },
};
