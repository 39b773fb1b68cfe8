import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { formatMinutes } from '@preceptor/domain/meetings/meeting-rules';
import type { MeetingEntry } from '@preceptor/domain/meetings/meeting-schemas';
import { formatDateTime } from '../../lib/format.ts';

interface MeetingListProps {
  meetings: MeetingEntry[];
  /** False once the match has ended: entries are shown without edit or remove. */
  canChange: boolean;
  onEdit: (meeting: MeetingEntry) => void;
  onDelete: (meeting: MeetingEntry) => void;
}

/** The pair's meetings, newest first; each person may change only the ones they logged. */
export function MeetingList({ meetings, canChange, onEdit, onDelete }: MeetingListProps) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {meetings.map((meeting) => {
        const when = formatDateTime(meeting.occurredAt);
        return (
          <Card component="li" withBorder padding="md" key={meeting.id} aria-label={`Meeting of ${when}`}>
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Text fw={600}>{when}</Text>
                  <Text size="sm" c="dimmed">
                    {formatMinutes(meeting.durationMinutes)} · logged by{' '}
                    {meeting.loggedByMe ? 'you' : meeting.loggedBy.name}
                  </Text>
                </Stack>
                {canChange && meeting.loggedByMe ? (
                  <Group gap="xs">
                    <Button
                      variant="default"
                      size="xs"
                      onClick={() => onEdit(meeting)}
                      aria-label={`Edit the meeting of ${when}`}
                    >
                      Edit
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      onClick={() => onDelete(meeting)}
                      aria-label={`Remove the meeting of ${when}`}
                    >
                      Remove
                    </Button>
                  </Group>
                ) : null}
              </Group>
              {meeting.notes ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {meeting.notes}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  No notes.
                </Text>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
