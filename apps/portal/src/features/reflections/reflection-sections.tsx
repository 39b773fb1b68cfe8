import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { Section } from '../../components/section.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { myJournalQuery, reviewQueueQuery } from './api.ts';
import { ReflectionList } from './reflection-list.tsx';

interface SectionOptions {
  limit?: number;
  title?: string;
}

export function MyJournalSection({ limit, title = 'My journal' }: SectionOptions) {
  const trpc = useTRPC();
  const query = useQuery(myJournalQuery(trpc));
  return (
    <Section
      title={title}
      action={
        limit ? (
          <AnchorLink to="/journal" size="sm">
            Open my journal
          </AnchorLink>
        ) : null
      }
    >
      <QueryState query={query} what="your journal">
        {(entries) =>
          entries.length > 0 ? (
            <ReflectionList kind="journal" entries={entries} limit={limit} />
          ) : (
            <EmptyNote title="No reflections yet">
              Your reflections are private until you share one with your mentor. Each module ends with a
              prompt to get you started.
            </EmptyNote>
          )
        }
      </QueryState>
    </Section>
  );
}

export function ReviewQueueSection({ limit, title = 'Reflections to review' }: SectionOptions) {
  const trpc = useTRPC();
  const query = useQuery(reviewQueueQuery(trpc));
  return (
    <Section
      title={title}
      action={
        limit ? (
          <AnchorLink to="/reviews" size="sm">
            All reviews
          </AnchorLink>
        ) : null
      }
    >
      <QueryState query={query} what="reflections to review">
        {(entries) =>
          entries.length > 0 ? (
            <ReflectionList kind="review-queue" entries={entries} limit={limit} />
          ) : (
            <EmptyNote title="Nothing waiting for you">
              When one of your mentees shares a reflection with you, it appears here for your feedback.
            </EmptyNote>
          )
        }
      </QueryState>
    </Section>
  );
}
