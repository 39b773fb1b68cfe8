import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { NetworkOverview } from '@preceptor/domain/reports/report-schemas';
import { formatNumber } from '../../lib/format.ts';

/** Headline counts for the hospitals the viewer administers. */
export function NetworkTotals({ totals }: { totals: NetworkOverview['totals'] }) {
  const stats = [
    { label: 'People', value: totals.people },
    { label: 'Cohorts', value: totals.cohorts },
    { label: 'Active matches', value: totals.activeMatches },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" component="dl" m={0}>
      {stats.map((stat) => (
        <Paper withBorder p="md" key={stat.label}>
          <Text component="dt" size="sm" c="dimmed">
            {stat.label}
          </Text>
          <Text component="dd" m={0} fz={28} fw={700} lh={1.2}>
            {formatNumber(stat.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
