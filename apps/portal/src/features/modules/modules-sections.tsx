import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { Section } from '../../components/section.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { myModulesQuery } from './api.ts';
import { ModuleList } from './module-list.tsx';

interface MyModulesSectionProps {
  limit?: number;
  title?: string;
}

export function MyModulesSection({ limit, title = 'My modules' }: MyModulesSectionProps) {
  const trpc = useTRPC();
  const query = useQuery(myModulesQuery(trpc));
  return (
    <Section
      title={title}
      action={
        limit ? (
          <AnchorLink to="/modules" size="sm">
            All my modules
          </AnchorLink>
        ) : null
      }
    >
      <QueryState query={query} what="your modules">
        {(modules) =>
          modules.length > 0 ? (
            <ModuleList modules={modules} limit={limit} />
          ) : (
            <EmptyNote title="No modules assigned yet">
              Your cohort's curriculum will appear here with due dates once your coordinator assigns it.
            </EmptyNote>
          )
        }
      </QueryState>
    </Section>
  );
}
