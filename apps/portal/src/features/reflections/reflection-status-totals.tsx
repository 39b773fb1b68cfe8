import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReflectionStatusReport } from '@preceptor/domain/reflections/reflection-report-schemas';
import { formatNumber } from '../../lib/format.ts';

/** Headline counts by status, with the ones that wait too long called out. */
export function ReflectionStatusTotals({ report }: { report: ReflectionStatusReport }) {
  const { totals } = report;
  const stats = [
    { label: 'Drafts', value: totals.draft },
    { label: 'Shared with a mentor', value: totals.shared },
    { label: 'Awaiting review', value: totals.awaitingReview },
    { label: 'Revision requested', value: totals.revisionRequested },
    { label: 'Reviewed', value: totals.reviewed },
    {
      label: `Reviews overdue (over ${report.reviewOverdueAfterDays} days)`,
      value: totals.reviewOverdue,
      alert: totals.reviewOverdue > 0,
    },
    {
      label: `Revisions stale (over ${report.revisionStaleAfterDays} days)`,
      value: totals.revisionStale,
      alert: totals.revisionStale > 0,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" component="dl" m={0}>
      {stats.map((stat) => (
        <Paper
          withBorder
          p="sm"
          key={stat.label}
          style={stat.alert ? { borderColor: 'var(--mantine-color-red-8)', borderWidth: 2 } : undefined}
        >
          <Text
            component="dt"
            size="sm"
            c={stat.alert ? 'red.9' : 'dimmed'}
            fw={stat.alert ? 600 : undefined}
          >
            {stat.label}
          </Text>
          <Text component="dd" m={0} fz={26} fw={700} lh={1.2} c={stat.alert ? 'red.9' : undefined}>
            {formatNumber(stat.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
