import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { MyMatch } from '@preceptor/domain/matching/match-schemas';
import type { ReactNode } from 'react';
import { AnchorLink } from '../../components/router-links.tsx';
import { formatDate } from '../../lib/format.ts';
import { factorLabel, professionLabel, topFactors } from './match-explain.ts';

interface MatchCardProps {
  match: MyMatch;
  /** Heading level inside the page: h3 under a section's h2 on the home page. */
  headingOrder?: 2 | 3;
  /** More about the pair, shown above the cohort line (the mentee's shared goals). */
  children?: ReactNode;
}

/** The other person in a match, and why the matcher paired you. */
export function MatchCard({ match, headingOrder = 3, children }: MatchCardProps) {
  const { other } = match;
  const profession = professionLabel(other.profession);
  const reasons = topFactors(match.factors);
  const role = match.myRole === 'MENTEE' ? 'Your mentor' : 'Your mentee';

  return (
    <Card withBorder padding="lg" component="article" aria-label={`${role}: ${other.name}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={2}>
            <Title order={headingOrder} size="h4">
              {other.name}
            </Title>
            <Text size="sm">
              {[profession, other.specialty].filter(Boolean).join(' · ') || 'Profile not filled in yet'}
            </Text>
            {other.hospitalName ? (
              <Text size="sm" c="dimmed">
                {other.hospitalName}
              </Text>
            ) : null}
          </Stack>
          <Badge variant="light" color="blue" style={{ flexShrink: 0 }}>
            Score {Math.round(match.score)}
          </Badge>
        </Group>
        <Anchor href={`mailto:${other.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {other.email}
        </Anchor>
        <div>
          <Text size="sm" fw={600}>
            Why we matched you
          </Text>
          {reasons.length > 0 ? (
            <List size="sm" spacing={4} mt={4}>
              {reasons.map((reason) => (
                <List.Item key={reason.factor}>
                  <Text span size="sm" fw={500}>
                    {factorLabel(reason.factor)}:
                  </Text>{' '}
                  {reason.detail}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed" mt={4}>
              Your program staff paired you by hand.
            </Text>
          )}
        </div>
        {children}
        <Text size="xs" c="dimmed">
          {match.cohortName}
          {match.activeSince ? ` · since ${formatDate(match.activeSince)}` : ''}
        </Text>
        <AnchorLink
          to="/meetings/$matchId"
          params={{ matchId: match.matchId }}
          size="sm"
          aria-label={`Meetings with ${other.name}`}
        >
          Meetings
        </AnchorLink>
      </Stack>
    </Card>
  );
}
