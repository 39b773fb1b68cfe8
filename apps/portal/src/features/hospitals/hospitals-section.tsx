import { Stack } from '@mantine/core';
import type { NetworkOverview } from '@preceptor/domain/reports/report-schemas';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { Section } from '../../components/section.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { networkOverviewQuery } from './api.ts';
import { HospitalsTable } from './hospitals-table.tsx';
import { NetworkTotals } from './network-totals.tsx';

interface HospitalsSectionProps {
  title?: string;
  withLink?: boolean;
  /** Extra views of the same overview (the hospitals page adds a chart). */
  extra?: (overview: NetworkOverview) => ReactNode;
  /** The hospitals page lists the hospitals in its own table, so its overview leaves this one out. */
  withTable?: boolean;
}

export function HospitalsSection({
  title = 'Hospitals',
  withLink = false,
  extra,
  withTable = true,
}: HospitalsSectionProps) {
  const trpc = useTRPC();
  const query = useQuery(networkOverviewQuery(trpc));
  return (
    <Section
      title={title}
      action={
        withLink ? (
          <AnchorLink to="/hospitals" size="sm">
            Hospital details
          </AnchorLink>
        ) : null
      }
    >
      <QueryState query={query} what="the hospitals overview">
        {(overview) =>
          overview.hospitals.length > 0 ? (
            <Stack gap="md">
              <NetworkTotals totals={overview.totals} />
              {extra?.(overview)}
              {withTable ? <HospitalsTable hospitals={overview.hospitals} label={title} /> : null}
            </Stack>
          ) : (
            <EmptyNote title="No hospitals to show">
              You do not administer any partner hospital yet. A network administrator can give you a
              coordinator role.
            </EmptyNote>
          )
        }
      </QueryState>
    </Section>
  );
}
