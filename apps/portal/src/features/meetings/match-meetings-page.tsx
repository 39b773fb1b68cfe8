import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { formatMinutes } from '@preceptor/domain/meetings/meeting-rules';
import type { MatchMeetings, MeetingEntry } from '@preceptor/domain/meetings/meeting-schemas';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { Section } from '../../components/section.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { matchMeetingsQuery, useDeleteMeeting, useEditMeeting, useLogMeeting } from './api.ts';
import { MeetingFormModal } from './meeting-form-modal.tsx';
import { emptyMeetingValues, meetingValuesOf } from './meeting-form-values.ts';
import { MeetingList } from './meeting-list.tsx';

/** One pair's meeting log, for its mentor and mentee. */
export function MatchMeetingsPage({ matchId }: { matchId: string }) {
  const { data: log } = useSuspenseQuery(matchMeetingsQuery(useTRPC(), matchId));
  return <MeetingLog log={log} />;
}

type Editing = { kind: 'new' } | { kind: 'edit'; meeting: MeetingEntry } | null;

function MeetingLog({ log }: { log: MatchMeetings }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<MeetingEntry | null>(null);
  const logMeeting = useLogMeeting();
  const editMeeting = useEditMeeting();
  const removeMeeting = useDeleteMeeting();
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
      <ConfirmDialog
        opened={removing !== null}
        title="Remove this meeting?"
        confirmLabel="Remove meeting"
        pending={removeMeeting.isPending}
        error={removeMeeting.error}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing && removeMeeting.mutate({ meetingId: removing.id }, { onSuccess: () => setRemoving(null) })
        }
      >
        {`The meeting of ${removing ? formatDateTime(removing.occurredAt) : ''} and its notes are removed from your log for both of you. This cannot be undone.`}
      </ConfirmDialog>
    </Stack>
  );
}
