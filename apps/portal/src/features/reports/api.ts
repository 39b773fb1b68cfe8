import { exportHref } from '@preceptor/domain/exports/export-links';
import type { ExportFormat } from '@preceptor/domain/exports/export-table';
import type { DrillDownInput } from '@preceptor/domain/reports/drill-down-schemas';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import type { QueryClient } from '@tanstack/react-query';
import type { TrpcOptions } from '../../lib/trpc.ts';

/** Reports only read; there is nothing to invalidate. */
export const reportFilterOptionsQuery = (trpc: TrpcOptions) => trpc.reports.filterOptions.queryOptions();
export const participationQuery = (trpc: TrpcOptions, filter: ReportFilter) =>
  trpc.reports.participation.queryOptions(filter);
export const engagementQuery = (trpc: TrpcOptions, filter: ReportFilter) =>
  trpc.reports.engagement.queryOptions(filter);
export const learningQuery = (trpc: TrpcOptions, filter: ReportFilter) =>
  trpc.reports.learning.queryOptions(filter);
export const reflectionPipelineQuery = (trpc: TrpcOptions, filter: ReportFilter) =>
  trpc.reports.reflectionPipeline.queryOptions(filter);
export const matchHealthQuery = (trpc: TrpcOptions, filter: ReportFilter) =>
  trpc.reports.matchHealth.queryOptions(filter);
export const cohortComparisonQuery = (trpc: TrpcOptions, filter: ReportFilter) =>
  trpc.reports.cohortComparison.queryOptions(filter);
export const freshnessQuery = (trpc: TrpcOptions, filter: ReportFilter) =>
  trpc.reports.freshness.queryOptions(filter);
export const drillDownQuery = (trpc: TrpcOptions, input: DrillDownInput) =>
  trpc.reports.drillDown.queryOptions(input);

/** The download link of the people behind a figure: every page of it, under the same filters. */
export const drillDownExportHref = (input: DrillDownInput, format: ExportFormat) => {
  const { page: _page, ...filters } = input;
  // Every filter travels as text in the link, as it does in the page's own URL.
  const asText = Object.entries(filters).map(([key, value]) => [
    key,
    value == null ? undefined : String(value),
  ]);
  return exportHref('report-people', format, Object.fromEntries(asText));
};

/**
 * Starts every section of the reports page at once; each shows its own loading and failure, so
 * nothing here waits or throws.
 */
export function prefetchReportSections(
  queryClient: QueryClient,
  trpc: TrpcOptions,
  filter: ReportFilter,
): void {
  void queryClient.prefetchQuery(freshnessQuery(trpc, filter));
  void queryClient.prefetchQuery(participationQuery(trpc, filter));
  void queryClient.prefetchQuery(engagementQuery(trpc, filter));
  void queryClient.prefetchQuery(learningQuery(trpc, filter));
  void queryClient.prefetchQuery(reflectionPipelineQuery(trpc, filter));
  void queryClient.prefetchQuery(matchHealthQuery(trpc, filter));
  void queryClient.prefetchQuery(cohortComparisonQuery(trpc, filter));
}
