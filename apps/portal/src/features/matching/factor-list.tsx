import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { MatchFactor } from '@preceptor/domain/matching/match-schemas';
import { MATCH_FACTOR_LABELS, type MatchFactorName } from '@preceptor/domain/matching/weights';

export function factorLabel(factor: string): string {
  return MATCH_FACTOR_LABELS[factor as MatchFactorName] ?? factor;
}

/** The factors that earned the most points, strongest first. */
export function strongestFactors(factors: readonly MatchFactor[], count = 3): MatchFactor[] {
  return [...factors]
    .filter((f) => f.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, count);
}

/** Compact: the top factors' sentences, for table cells. */
export function TopFactors({ factors }: { factors: readonly MatchFactor[] }) {
  const top = strongestFactors(factors);
  if (top.length === 0) return <Text size="sm">No factor scored</Text>;
  return (
    <List size="sm" spacing={2}>
      {top.map((f) => (
        <List.Item key={f.factor}>{f.detail}</List.Item>
      ))}
    </List>
  );
}

/** How much a factor counted, in words: people are shown reasons, not the scorer's arithmetic. */
export function factorStrength(factor: Pick<MatchFactor, 'points' | 'weight'>): string {
  const share = factor.weight > 0 ? factor.points / factor.weight : 0;
  if (share >= 0.75) return 'Strong reason';
  if (share >= 0.35) return 'Good reason';
  return 'Small reason';
}

/**
 * "Why we matched you": each factor that counted, strongest first, as a sentence with how much it
 * counted in words; the factors that did not count are named once at the end.
 */
export function FactorBreakdown({ factors }: { factors: readonly MatchFactor[] }) {
  const counted = factors.filter((f) => f.points > 0).toSorted((a, b) => b.points - a.points);
  const uncounted = factors.filter((f) => f.points <= 0);
  return (
    <Stack gap="xs">
      {counted.length > 0 ? (
        <List spacing="xs" listStyleType="none" ml={0} pl={0}>
          {counted.map((f) => (
            <List.Item key={f.factor}>
              <Group gap="xs" wrap="wrap" align="baseline">
                <Badge variant="light" color="teal">
                  {factorStrength(f)}
                </Badge>
                <Text size="sm">
                  <Text span fw={600}>
                    {factorLabel(f.factor)}:
                  </Text>{' '}
                  {f.detail}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
      {uncounted.length > 0 ? (
        <Text size="sm" c="dimmed">
          Did not count for this pairing: {uncounted.map((f) => factorLabel(f.factor)).join(', ')}.
        </Text>
      ) : null}
    </Stack>
  );
}
