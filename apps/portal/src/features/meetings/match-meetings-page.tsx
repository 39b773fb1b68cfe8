import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { formatMinutes } from '@preceptor/domain/meetings/meeting-rules';
import type { MatchMeetings, MeetingEntry } from '@preceptor/domain/meetings/meeting-schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { Section } from '../../components/section.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { DeleteMeetingDialog } from './delete-meeting-dialog.tsx';
import { MeetingFormModal } from './meeting-form-modal.tsx';
import { emptyMeetingValues, meetingValuesOf } from './meeting-form-values.ts';
import { MeetingList } from './meeting-list.tsx';

/** One pair's meeting log, for its mentor and mentee. */
export function MatchMeetingsPage() {
  const { matchId } = useParams({ from: '/_app/meetings/$matchId' });
  const trpc = useTRPC();
  const query = useQuery(trpc.meetings.forMatch.queryOptions({ matchId }));
  return (
    <QueryState query={query} what="your meetings">
      {(log) => <MeetingLog log={log} />}
    </QueryState>
  );
}

type Editing = { kind: 'new' } | { kind: 'edit'; meeting: MeetingEntry } | null;

function MeetingLog({ log }: { log: MatchMeetings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<MeetingEntry | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.meetings.forMatch.pathKey() });
  const logMeeting = useMutation(trpc.meetings.log.mutationOptions({ onSuccess: refresh }));
  const editMeeting = useMutation(trpc.meetings.edit.mutationOptions({ onSuccess: refresh }));
  const removeMeeting = useMutation(
    trpc.meetings.delete.mutationOptions({
      onSuccess: async () => {
        setRemoving(null);
        await refresh();
      },
    }),
  );
  const backTo = log.myRole === 'MENTOR' ? '/mentees' : '/matching';

  return (
    <Stack gap="xl">
      <PageHeader
        title={`Meetings with ${log.otherName}`}
        description={`${log.myRole === 'MENTOR' ? 'Your mentee' : 'Your mentor'} in ${log.cohortName}, matched since ${formatDate(log.startedAt)}. Notes are private to the two of you.`}
        action={
          log.canLog ? <Button onClick={() => setEditing({ kind: 'new' })}>Log a meeting</Button> : null
        }
      />
      <AnchorLink to={backTo} size="sm">
        {log.myRole === 'MENTOR' ? 'Back to my mentees' : 'Back to my matches'}
      </AnchorLink>
      {log.canLog ? null : <Alert color="gray">This match has ended, so its meeting log is read-only.</Alert>}
      <Section title="Meeting log">
        <Group gap="xl" aria-label="Totals for the two of you" role="group">
          <Text>
            <Text span fw={700}>
              {log.totals.meetings}
            </Text>{' '}
            {log.totals.meetings === 1 ? 'meeting' : 'meetings'}
          </Text>
          <Text>
            <Text span fw={700}>
              {formatMinutes(log.totals.minutes)}
            </Text>{' '}
            together
          </Text>
        </Group>
        {log.meetings.length === 0 ? (
          <EmptyNote title="No meetings logged yet">
            After you meet, log it here: when, how long, and anything you want to remember.
          </EmptyNote>
        ) : (
          <MeetingList
            meetings={log.meetings}
            canChange={log.canLog}
            onEdit={(meeting) => setEditing({ kind: 'edit', meeting })}
            onDelete={(meeting) => {
              removeMeeting.reset();
              setRemoving(meeting);
            }}
          />
        )}
      </Section>
      {editing ? (
        <MeetingFormModal
          opened
          title={editing.kind === 'new' ? 'Log a meeting' : 'Edit meeting'}
          submitLabel={editing.kind === 'new' ? 'Log meeting' : 'Save changes'}
          initialValues={editing.kind === 'new' ? emptyMeetingValues() : meetingValuesOf(editing.meeting)}
          startedAt={log.startedAt}
          onClose={() => setEditing(null)}
          onSubmit={async (details) => {
            if (editing.kind === 'new') await logMeeting.mutateAsync({ matchId: log.matchId, ...details });
            else await editMeeting.mutateAsync({ meetingId: editing.meeting.id, ...details });
          }}
        />
      ) : null}
      <DeleteMeetingDialog
        when={removing ? formatDateTime(removing.occurredAt) : null}
        pending={removeMeeting.isPending}
        error={removeMeeting.error}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && removeMeeting.mutate({ meetingId: removing.id })}
      />
    </Stack>
  );
}
