import { Profession } from '@preceptor/domain/people/people-schemas';
import { AssignmentState, DrillDownFigure, ReflectLevel } from '@preceptor/domain/reports/drill-down-schemas';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import { EndedBy, MentorLoad, ReflectionStage } from '@preceptor/domain/reports/report-section-schemas';
import { z } from 'zod';
import { optionalParam, textParam, withoutAbsent } from '../../lib/search-params.ts';

const filterFields = {
  cohortId: optionalParam(z.guid()),
  hospitalId: optionalParam(z.guid()),
  profession: optionalParam(Profession),
  from: optionalParam(z.iso.date()),
  to: optionalParam(z.iso.date()),
  quietDays: optionalParam(z.coerce.number().int().min(7).max(365)),
};

/** The reports page's filter in the URL; a hand-edited value that does not fit is dropped. */
export const ReportSearch = z.object(filterFields).transform(withoutAbsent);
export type ReportSearch = z.output<typeof ReportSearch>;

/** The drill-down page's URL: the same filter, the figure, and the figure's own narrowing. */
export const DrillDownSearch = z
  .object({
    ...filterFields,
    figure: DrillDownFigure.catch('members'),
    role: optionalParam(z.enum(['MENTOR', 'MENTEE'])),
    membership: optionalParam(z.enum(['active', 'removed'])),
    account: optionalParam(z.enum(['signedIn', 'invited'])),
    matchStatus: optionalParam(z.enum(['PROPOSED', 'ACTIVE', 'ENDED'])),
    moduleId: optionalParam(z.guid()),
    assignment: optionalParam(AssignmentState),
    quiz: optionalParam(z.enum(['passed', 'notPassed'])),
    stage: optionalParam(ReflectionStage),
    level: optionalParam(ReflectLevel),
    month: optionalParam(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    endedBy: optionalParam(EndedBy),
    load: optionalParam(MentorLoad),
    search: textParam(100),
    page: optionalParam(z.coerce.number().int().min(1)),
  })
  .transform(withoutAbsent);
export type DrillDownSearch = z.output<typeof DrillDownSearch>;

/** What narrows a figure beyond the report filter: the drill-down link's own part. */
export type FigureParams = Omit<DrillDownSearch, keyof ReportFilter | 'search' | 'page'>;

/** The report filter part of a drill-down search, for the link back to the reports. */
export function reportFilterOf(search: DrillDownSearch): ReportSearch {
  const { cohortId, hospitalId, profession, from, to, quietDays } = search;
  return withoutAbsent({ cohortId, hospitalId, profession, from, to, quietDays });
}
