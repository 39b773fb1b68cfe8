import { Alert, Button, Group, SimpleGrid, Slider, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { MATCH_FACTOR_LABELS, MATCH_FACTORS, type MatchingWeights } from '@preceptor/domain/matching/weights';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { matchingWeightsQuery, useUpdateWeights } from './api.ts';

function WeightSlider(props: {
  name: keyof MatchingWeights;
  value: number;
  disabled: boolean;
  onChange: (v: number) => void;
}) {
  const labelId = useId();
  const label = MATCH_FACTOR_LABELS[props.name];
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500} id={labelId}>
          {label}
        </Text>
        <Text size="sm" c="dimmed">
          {props.value === 0 ? 'ignored' : `${props.value} / 10`}
        </Text>
      </Group>
      <Slider
        min={0}
        max={10}
        step={1}
        value={props.value}
        onChange={props.onChange}
        disabled={props.disabled}
        thumbLabel={label}
        label={null}
        aria-labelledby={labelId}
      />
    </Stack>
  );
}

/** Staff set how much each factor counts; only the ratios matter, and the next run uses them. */
export function WeightsEditor({ cohortId }: { cohortId: string }) {
  const trpc = useTRPC();
  const query = useQuery(matchingWeightsQuery(trpc, cohortId));
  const [draft, setDraft] = useState<MatchingWeights | null>(null);
  useEffect(() => {
    if (query.data) setDraft(query.data.weights);
  }, [query.data]);
  const save = useUpdateWeights(cohortId);
  return (
    <QueryState query={query} what="the matching weights">
      {(view) =>
        draft ? (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              0 ignores a factor; 10 counts most. Scores are scaled so a pair perfect on every factor scores
              100.
              {view.usingDefaults ? ' This cohort uses the default weights.' : ''}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              {MATCH_FACTORS.map((name) => (
                <WeightSlider
                  key={name}
                  name={name}
                  value={draft[name]}
                  disabled={view.readOnly}
                  onChange={(value) => setDraft({ ...draft, [name]: value })}
                />
              ))}
            </SimpleGrid>
            {save.isError ? (
              <Alert color="red" title="The weights were not saved">
                {errorMessage(save.error)}
              </Alert>
            ) : null}
            <Group>
              <Button
                onClick={() =>
                  save.mutate(
                    { cohortId, weights: draft },
                    {
                      onSuccess: () =>
                        notifications.show({
                          color: 'teal',
                          message: 'Weights saved. Run matching to use them.',
                        }),
                    },
                  )
                }
                loading={save.isPending}
                disabled={view.readOnly}
              >
                Save weights
              </Button>
            </Group>
          </Stack>
        ) : null
      }
    </QueryState>
  );
}
