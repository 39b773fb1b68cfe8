import { DrillDownInput, DrillDownPage } from '@preceptor/domain/reports/drill-down-schemas';
import { ReportFilter } from '@preceptor/domain/reports/report-filter';
import { ReportFreshness } from '@preceptor/domain/reports/report-freshness';
import { NetworkOverview } from '@preceptor/domain/reports/report-schemas';
import {
  CohortComparisonReport,
  EngagementReport,
  LearningReport,
  MatchHealthReport,
  ParticipationReport,
  ReflectionPipelineReport,
  ReportFilterOptions,
} from '@preceptor/domain/reports/report-section-schemas';
import { cohortComparisonReport } from '../services/reports/cohort-comparison.ts';
import { drillDown } from '../services/reports/drill-down.ts';
import { engagementReport } from '../services/reports/engagement.ts';
import { reportFilterOptions } from '../services/reports/filter-options.ts';
import { learningReport } from '../services/reports/learning.ts';
import { matchHealthReport } from '../services/reports/match-health.ts';
import { networkOverview } from '../services/reports/network-overview.ts';
import { participationReport } from '../services/reports/participation.ts';
import { reflectionPipelineReport } from '../services/reports/reflection-pipeline.ts';
import { reportFreshness } from '../services/reports/rollup/read-rollup.ts';
import { router } from '../trpc/init.ts';
import { staffProcedure } from '../trpc/procedures.ts';

/** Staff reports, each scoped to the reader's hospitals by its service. */
export const reportsRouter = router({
  overview: staffProcedure.output(NetworkOverview).query(({ ctx }) => networkOverview(ctx)),
  filterOptions: staffProcedure.output(ReportFilterOptions).query(({ ctx }) => reportFilterOptions(ctx)),
  participation: staffProcedure
    .input(ReportFilter)
    .output(ParticipationReport)
    .query(({ ctx, input }) => participationReport(ctx, input)),
  engagement: staffProcedure
    .input(ReportFilter)
    .output(EngagementReport)
    .query(({ ctx, input }) => engagementReport(ctx, input)),
  learning: staffProcedure
    .input(ReportFilter)
    .output(LearningReport)
    .query(({ ctx, input }) => learningReport(ctx, input)),
  reflectionPipeline: staffProcedure
    .input(ReportFilter)
    .output(ReflectionPipelineReport)
    .query(({ ctx, input }) => reflectionPipelineReport(ctx, input)),
  matchHealth: staffProcedure
    .input(ReportFilter)
    .output(MatchHealthReport)
    .query(({ ctx, input }) => matchHealthReport(ctx, input)),
  cohortComparison: staffProcedure
    .input(ReportFilter)
    .output(CohortComparisonReport)
    .query(({ ctx, input }) => cohortComparisonReport(ctx, input)),
  /** Whether the sections for this filter are rolled-up figures, and as of when. */
  freshness: staffProcedure
    .input(ReportFilter)
    .output(ReportFreshness)
    .query(({ ctx, input }) => reportFreshness(ctx, input)),
  drillDown: staffProcedure
    .input(DrillDownInput)
    .output(DrillDownPage)
    .query(({ ctx, input }) => drillDown(ctx, input)),
});
