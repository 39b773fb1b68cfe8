import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { freshnessQuery } from './api.ts';
import type { ReportSearch } from './report-search.ts';

/**
 * Says when the figures were counted, when they come from the network-wide rollup (a network
 * admin's unfiltered report): the lists behind them are counted as they open, so a number and its
 * list can differ by what changed since. Nothing when the figures are counted live.
 */
export function ReportFreshnessNote({ filter }: { filter: ReportSearch }) {
  const trpc = useTRPC();
  const { data } = useQuery(freshnessQuery(trpc, filter));
  if (data?.source !== 'rollup' || !data.asOf) return null;
  return (
    <Text size="sm" c="dimmed">
      Counts as of {formatTime(data.asOf)}, refreshed every {data.refreshMinutes} minutes. The lists behind
      them are counted when you open them; choose a hospital or cohort for counts as of now.
    </Text>
  );
}
