import { SimpleGrid } from '@mantine/core';
import type { MyMatch } from '@preceptor/domain/matching/match-schemas';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { Section } from '../../components/section.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { SharedGoalsList } from '../goals/index.ts';
import { myMatchesQuery } from './api.ts';
import { MatchCard } from './match-card.tsx';

/** One request serves both sections; TanStack Query shares it between them. */
function useMyMatches() {
  const trpc = useTRPC();
  return useQuery(myMatchesQuery(trpc));
}

function MatchGrid({ matches, withGoals = false }: { matches: MyMatch[]; withGoals?: boolean }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {matches.map((match) => (
        <MatchCard key={match.matchId} match={match}>
          {withGoals ? <SharedGoalsList matchId={match.matchId} menteeName={match.other.name} /> : null}
        </MatchCard>
      ))}
    </SimpleGrid>
  );
}

export function MyMentorsSection() {
  const query = useMyMatches();
  return (
    <Section title="My mentor">
      <QueryState query={query} what="your mentor">
        {(matches) => {
          const mentors = matches.filter((match) => match.myRole === 'MENTEE');
          return mentors.length > 0 ? (
            <MatchGrid matches={mentors} />
          ) : (
            <EmptyNote title="No mentor yet">
              Your program coordinator is arranging matches for your cohort. You will see your mentor here,
              with the reasons you were paired, as soon as the match is published.
            </EmptyNote>
          );
        }}
      </QueryState>
    </Section>
  );
}

interface MyMenteesSectionProps {
  /** Show only the first few (home page) with a link to the full list. */
  limit?: number;
  title?: string;
  /** Show the goals each mentee shared (the full mentees page; the home page stays short). */
  withGoals?: boolean;
}

export function MyMenteesSection({ limit, title = 'My mentees', withGoals }: MyMenteesSectionProps) {
  const query = useMyMatches();
  return (
    <Section
      title={title}
      action={
        limit ? (
          <AnchorLink to="/mentees" size="sm">
            All my mentees
          </AnchorLink>
        ) : null
      }
    >
      <QueryState query={query} what="your mentees">
        {(matches) => {
          const mentees = matches.filter((match) => match.myRole === 'MENTOR');
          return mentees.length > 0 ? (
            <MatchGrid matches={limit ? mentees.slice(0, limit) : mentees} withGoals={withGoals} />
          ) : (
            <EmptyNote title="No mentees yet">
              When your program coordinator publishes the matches for your cohort, the people you mentor
              appear here.
            </EmptyNote>
          );
        }}
      </QueryState>
    </Section>
  );
}
