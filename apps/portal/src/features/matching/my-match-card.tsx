import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { MyMatch } from '@preceptor/domain/matching/match-schemas';
import { useState } from 'react';
import { ButtonLink } from '../../components/router-links.tsx';
import { formatDate } from '../../lib/format.ts';
import { useReportNotAGoodFit } from './api.ts';
import { EndMatchDialog } from './end-match-dialog.tsx';
import { FactorBreakdown } from './factor-list.tsx';

/** The match score (0–100) as people say it; the number itself is for the staff who tune weights. */
function overallFit(score: number): string {
  if (score >= 70) return 'Very good fit';
  if (score >= 45) return 'Good fit';
  return 'Fair fit';
}

/** One match seen by one of its people, with "why we matched you" and, for the mentee, "not a good fit". */
export function MyMatchCard({ match }: { match: MyMatch }) {
  const [reporting, setReporting] = useState(false);
  const report = useReportNotAGoodFit();
  const role = match.myRole === 'MENTEE' ? 'Your mentor' : 'Your mentee';
  return (
    <Card withBorder padding="lg" component="article" aria-label={`${role}: ${match.other.name}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {role} in {match.cohortName}
            </Text>
            <Title order={3} size="h4">
              {match.other.name}
            </Title>
            <Text size="sm">
              {[match.other.specialty, match.other.hospitalName].filter(Boolean).join(' · ')}
              {match.activeSince ? ` · since ${formatDate(match.activeSince)}` : ''}
            </Text>
          </Stack>
          <Badge variant="light" size="lg" color="teal">
            {overallFit(match.score)}
          </Badge>
        </Group>
        <Title order={4} size="h6">
          Why we matched you
        </Title>
        {match.factors.length > 0 ? (
          <FactorBreakdown factors={match.factors} />
        ) : (
          <Text size="sm">Program staff made this pairing by hand.</Text>
        )}
        <Group>
          <ButtonLink
            to="/meetings/$matchId"
            params={{ matchId: match.matchId }}
            variant="light"
            size="xs"
            aria-label={`Meetings with ${match.other.name}`}
          >
            Meetings
          </ButtonLink>
          {match.myRole === 'MENTEE' ? (
            <Button variant="subtle" color="red" size="xs" onClick={() => setReporting(true)}>
              Not a good fit?
            </Button>
          ) : null}
        </Group>
      </Stack>
      <EndMatchDialog
        opened={reporting}
        title="This pairing is not a good fit"
        explanation={`Your mentorship with ${match.other.name} ends, they and your program coordinators are told, and you will be considered for another mentor in the next matching run.`}
        confirmLabel="End this match"
        pending={report.isPending}
        error={report.error}
        onClose={() => setReporting(false)}
        onConfirm={(reason) =>
          report.mutate({ matchId: match.matchId, reason }, { onSuccess: () => setReporting(false) })
        }
      />
    </Card>
  );
}
