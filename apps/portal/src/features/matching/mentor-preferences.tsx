import { Alert, Button, Group, List, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MenteeCohortSuggestions } from '@preceptor/domain/matching/workflow-schemas';
import { useState } from 'react';
import { Section } from '../../components/section.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useSetPreferences } from './api.ts';
import { strongestFactors } from './factor-list.tsx';

const CHOICES = ['First choice', 'Second choice', 'Third choice'] as const;

/** A mentee ranks up to three of the mentors suggested to them; the next matching run favours them. */
export function MentorPreferences({ cohort }: { cohort: MenteeCohortSuggestions }) {
  const [ranked, setRanked] = useState<(string | null)[]>(() =>
    CHOICES.map((_, i) => cohort.preferences[i] ?? null),
  );
  const save = useSetPreferences();
  const options = cohort.suggestions.map((s) => ({
    value: s.mentor.membershipId,
    label: `${s.mentor.name} — ${[s.mentor.specialty, s.mentor.hospitalName].filter(Boolean).join(', ')} (fit ${s.score})`,
  }));
  const chosen = ranked.filter((id): id is string => id !== null);
  return (
    <Section title={`Preferred mentors: ${cohort.cohortName}`}>
      <Text size="sm">
        {cohort.hasActiveMatch
          ? 'You have a mentor in this cohort. Your ranking is used only if you are matched again.'
          : 'Rank up to three mentors from those who fit you best. Matching favours your choices, but cannot promise them.'}
      </Text>
      {cohort.suggestions.length === 0 ? (
        <Text size="sm">No mentor in this cohort has room right now.</Text>
      ) : (
        <Stack gap="md">
          <List size="sm" spacing="xs">
            {cohort.suggestions.map((s) => (
              <List.Item key={s.mentor.membershipId}>
                <Text span fw={500} size="sm">
                  {s.mentor.name}
                </Text>{' '}
                <Text span size="sm" c="dimmed">
                  fit {s.score}:{' '}
                  {strongestFactors(s.factors, 2)
                    .map((f) => f.detail)
                    .join('; ')}
                </Text>
              </List.Item>
            ))}
          </List>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {CHOICES.map((label, index) => (
              <Select
                key={label}
                label={label}
                placeholder="No choice"
                clearable
                disabled={cohort.readOnly}
                data={options.map((o) => ({
                  ...o,
                  disabled: chosen.includes(o.value) && ranked[index] !== o.value,
                }))}
                value={ranked[index] ?? null}
                onChange={(value) => setRanked(ranked.map((r, i) => (i === index ? value : r)))}
              />
            ))}
          </SimpleGrid>
          {save.isError ? <Alert color="red">{errorMessage(save.error)}</Alert> : null}
          <Group>
            <Button
              loading={save.isPending}
              disabled={cohort.readOnly}
              onClick={() =>
                save.mutate(
                  { cohortId: cohort.cohortId, mentorMembershipIds: chosen },
                  {
                    onSuccess: () =>
                      notifications.show({ color: 'teal', message: 'Your preferences are saved.' }),
                  },
                )
              }
            >
              Save my preferences
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}
