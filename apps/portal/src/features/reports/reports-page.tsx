import { Stack } from '@mantine/core';
import type { ReportFilterOptions } from '@preceptor/domain/reports/report-section-schemas';
import { PageHeader } from '../../components/page-header.tsx';
import { CohortComparisonSection } from './cohort-comparison-section.tsx';
import { EngagementSection } from './engagement-section.tsx';
import { LearningSection } from './learning-section.tsx';
import { MatchHealthSection } from './match-health-section.tsx';
import { ParticipationSection } from './participation-section.tsx';
import { ReflectionPipelineSection } from './reflection-pipeline-section.tsx';
import { ReportFilters } from './report-filters.tsx';
import { ReportFreshnessNote } from './report-freshness-note.tsx';
import type { ReportSearch } from './report-search.ts';

interface ReportsPageProps {
  options: ReportFilterOptions;
  filter: ReportSearch;
  onFilterChange: (next: ReportSearch) => void;
}

/**
 * Staff reports for their hospitals (a network admin: every hospital). Every number links to the
 * people behind it; each section loads on its own, so one slow section does not hold the rest.
 */
export function ReportsPage({ options, filter, onFilterChange }: ReportsPageProps) {
  return (
    <Stack gap="xl">
      <PageHeader
        title="Reports"
        description="How your cohorts are doing. Select any number to see the people behind it."
      />
      <ReportFilters options={options} filter={filter} onChange={onFilterChange} />
      <ReportFreshnessNote filter={filter} />
      <CohortComparisonSection filter={filter} />
      <ParticipationSection filter={filter} />
      <EngagementSection filter={filter} />
      <LearningSection filter={filter} />
      <ReflectionPipelineSection filter={filter} />
      <MatchHealthSection filter={filter} />
    </Stack>
  );
}
