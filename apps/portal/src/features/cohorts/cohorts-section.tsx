import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { Section } from '../../components/section.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { cohortsQuery } from './api.ts';
import { CohortsTable } from './cohorts-table.tsx';

interface CohortsSectionProps {
  title?: string;
  /** On the home page: a link to the full list. */
  withLink?: boolean;
}

export function CohortsSection({ title = 'Cohorts', withLink = false }: CohortsSectionProps) {
  const trpc = useTRPC();
  const query = useQuery(cohortsQuery(trpc));
  return (
    <Section
      title={title}
      action={
        withLink ? (
          <AnchorLink to="/cohorts" size="sm">
            All cohorts
          </AnchorLink>
        ) : null
      }
    >
      <QueryState query={query} what="cohorts">
        {(cohorts) =>
          cohorts.length > 0 ? (
            <CohortsTable cohorts={cohorts} label={title} />
          ) : (
            <EmptyNote title="No cohorts yet">
              No cohort includes a hospital you administer. Cohorts you create or are given appear here.
            </EmptyNote>
          )
        }
      </QueryState>
    </Section>
  );
}
