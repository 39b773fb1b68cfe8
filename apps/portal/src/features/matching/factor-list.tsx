import { Badge, Group, List, Text } from '@mantine/core';
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

/** "Why we matched you": every factor with the points it earned out of its weight. */
export function FactorBreakdown({ factors }: { factors: readonly MatchFactor[] }) {
  const sorted = [...factors].sort((a, b) => b.points - a.points);
  return (
    <List spacing="xs" listStyleType="none" ml={0} pl={0}>
      {sorted.map((f) => (
        <List.Item key={f.factor}>
          <Group gap="xs" wrap="nowrap" align="baseline">
            <Badge variant="light" color={f.points > 0 ? 'teal' : 'gray'} miw={72}>
              {f.points} / {Math.round(f.weight)}
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
  );
}
