import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { PROFESSION_LABELS, Profession } from '@preceptor/domain/people/people-schemas';
import { DEFAULT_QUIET_DAYS } from '@preceptor/domain/reports/report-filter';
import type { ReportFilterOptions } from '@preceptor/domain/reports/report-section-schemas';
import type { ReportSearch } from './report-search.ts';

interface ReportFiltersProps {
  options: ReportFilterOptions;
  filter: ReportSearch;
  onChange: (next: ReportSearch) => void;
}

/** Cohort, hospital, profession, dates and what counts as quiet; all of it lives in the URL. */
export function ReportFilters({ options, filter, onChange }: ReportFiltersProps) {
  const set = <K extends keyof ReportSearch>(name: K, value: ReportSearch[K] | null | undefined) => {
    const next = { ...filter };
    if (value === null || value === undefined || value === '') delete next[name];
    else next[name] = value;
    onChange(next);
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" component="search" aria-label="Report filters">
      <Select
        label="Cohort"
        placeholder="All cohorts"
        clearable
        searchable
        value={filter.cohortId ?? null}
        onChange={(value) => set('cohortId', value)}
        data={options.cohorts.map((cohort) => ({ value: cohort.id, label: cohort.name }))}
        nothingFoundMessage="No cohort by that name"
      />
      {options.hospitals.length > 1 ? (
        <Select
          label="Hospital"
          placeholder="All your hospitals"
          clearable
          searchable
          value={filter.hospitalId ?? null}
          onChange={(value) => set('hospitalId', value)}
          data={options.hospitals.map((hospital) => ({ value: hospital.id, label: hospital.name }))}
          nothingFoundMessage="No hospital by that name"
        />
      ) : null}
      <Select
        label="Profession"
        placeholder="All professions"
        clearable
        value={filter.profession ?? null}
        onChange={(value) => set('profession', Profession.safeParse(value).data)}
        data={Profession.options.map((value) => ({ value, label: PROFESSION_LABELS[value] }))}
      />
      <TextInput
        type="date"
        label="From"
        description="Default: a year ago"
        value={filter.from ?? ''}
        max={filter.to}
        onChange={(event) => set('from', event.currentTarget.value)}
      />
      <TextInput
        type="date"
        label="To"
        description="Default: today"
        value={filter.to ?? ''}
        min={filter.from}
        onChange={(event) => set('to', event.currentTarget.value)}
      />
      <NumberInput
        label="Quiet after (days without a meeting)"
        min={7}
        max={365}
        clampBehavior="blur"
        value={filter.quietDays ?? DEFAULT_QUIET_DAYS}
        onChange={(value) =>
          set('quietDays', typeof value === 'number' && value >= 7 && value <= 365 ? value : undefined)
        }
      />
    </SimpleGrid>
  );
}
