import '@mantine/charts/styles.css';

import { BarChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import type { HospitalOverview } from '@preceptor/domain/reports/report-schemas';
import { useId } from 'react';

/**
 * Active matches per hospital at a glance. The table below holds the same numbers, so the
 * chart is described in one sentence for screen readers rather than read bar by bar.
 */
export function MatchesChart({ hospitals }: { hospitals: HospitalOverview[] }) {
  const titleId = useId();
  const data = hospitals
    .filter((hospital) => hospital.active)
    .map((hospital) => ({
      hospital: hospital.code,
      'Active matches': hospital.activeMatchCount,
      People: hospital.peopleCount,
    }));
  if (data.length < 2) return null;
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby={titleId}>
      <Text component="figcaption" id={titleId} size="sm" fw={600} mb="sm">
        People and active matches by hospital (the table below has the exact numbers)
      </Text>
      <div aria-hidden>
        <BarChart
          h={220}
          data={data}
          dataKey="hospital"
          series={[
            { name: 'People', color: 'gray.5' },
            { name: 'Active matches', color: 'blue.8' },
          ]}
          withLegend
          tickLine="y"
          // Recharts' keyboard layer would put a focus stop inside this hidden picture.
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
    </Paper>
  );
}
