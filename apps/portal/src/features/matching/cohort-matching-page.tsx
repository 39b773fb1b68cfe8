import { Accordion, Alert, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { matchingPreviewQuery, usePublishMatches, useRunMatching } from './api.ts';
import { CohortMatchesSection } from './cohort-matches-section.tsx';
import { ProposalsSection } from './proposals-section.tsx';
import { WeightsEditor } from './weights-editor.tsx';

/**
 * Staff matching for one cohort: weights, run → preview, pin/exclude and re-run, publish.
 * Runs consider only mentees without a mentor, so active pairs are never disturbed.
 */
export function CohortMatchingPage({ cohortId }: { cohortId: string }) {
  const trpc = useTRPC();
  const preview = useQuery(matchingPreviewQuery(trpc, cohortId));
  const [confirming, setConfirming] = useState(false);
  const run = useRunMatching();
  const publish = usePublishMatches();
  const publishRun = () =>
    publish.mutate(
      { cohortId },
      {
        onSuccess: (result) => {
          setConfirming(false);
          notifications.show({
            color: 'teal',
            message: `${result.activated} match${result.activated === 1 ? '' : 'es'} published; both people in each pair were told.`,
          });
        },
      },
    );
  const data = preview.data;
  const readOnly = data?.cohort.readOnly ?? false;
  const canPublish = data?.run?.status === 'PREVIEW' && !readOnly;
  const failed = run.isError ? run.error : publish.isError && !confirming ? publish.error : null;

  return (
    <Stack gap="xl">
      <PageHeader
        title={data ? `Matching: ${data.cohort.name}` : 'Matching'}
        description="Mentees without a mentor are matched to mentors with room: as many as possible, then the highest total score."
        action={
          <Group>
            <Button
              onClick={() => run.mutate({ cohortId })}
              loading={run.isPending}
              disabled={readOnly || !data}
            >
              {data?.run?.status === 'PREVIEW' ? 'Run again' : 'Run matching'}
            </Button>
            <Button variant="filled" color="teal" onClick={() => setConfirming(true)} disabled={!canPublish}>
              Publish…
            </Button>
          </Group>
        }
      />
      {readOnly ? (
        <Alert color="gray" title="This cohort is closed">
          Its matches are kept as a record and can no longer be changed.
        </Alert>
      ) : null}
      {failed ? (
        <Alert color="red" title="That did not work">
          {errorMessage(failed)}
        </Alert>
      ) : null}
      <Accordion variant="contained">
        <Accordion.Item value="weights">
          <Accordion.Control>Factor weights</Accordion.Control>
          <Accordion.Panel>
            <WeightsEditor cohortId={cohortId} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <QueryState query={preview} what="the matching preview">
        {(value) => <ProposalsSection preview={value} readOnly={readOnly} />}
      </QueryState>
      <CohortMatchesSection cohortId={cohortId} readOnly={readOnly} />
      <ConfirmDialog
        opened={confirming}
        title="Publish these matches?"
        confirmLabel="Publish matches"
        cancelLabel="Cancel"
        color="teal"
        pending={publish.isPending}
        error={publish.error}
        onClose={() => setConfirming(false)}
        onConfirm={publishRun}
      >
        Every proposal of this run becomes an active match, and each mentee and mentor is told who they are
        matched with and why. Pairs already active are not changed.
      </ConfirmDialog>
    </Stack>
  );
}
