import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { myMatchesQuery, suggestionsQuery } from './api.ts';
import { MentorPreferences } from './mentor-preferences.tsx';
import { MyMatchCard } from './my-match-card.tsx';

/** My matches with "why we matched you"; for mentees, their preferred mentors too. */
export function MyMatchingPage({ isMentee }: { isMentee: boolean }) {
  const trpc = useTRPC();
  const matches = useQuery(myMatchesQuery(trpc));
  const suggestions = useQuery({ ...suggestionsQuery(trpc), enabled: isMentee });
  return (
    <Stack gap="xl">
      <PageHeader title="My matches" description="Who you are matched with, and why." />
      <Section title="Current matches">
        <QueryState query={matches} what="your matches">
          {(rows) =>
            rows.length === 0 ? (
              <EmptyNote title="No match yet">Program staff will tell you when you are matched.</EmptyNote>
            ) : (
              <Stack>
                {rows.map((m) => (
                  <MyMatchCard key={m.matchId} match={m} />
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Section>
      {isMentee ? (
        <QueryState query={suggestions} what="your suggested mentors">
          {(cohorts) => (
            <Stack gap="xl">
              {cohorts.map((c) => (
                <MentorPreferences key={`${c.cohortId}:${c.preferences.join(',')}`} cohort={c} />
              ))}
            </Stack>
          )}
        </QueryState>
      ) : null}
    </Stack>
  );
}
