import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { errorMessage } from '../../lib/errors.ts';

interface DeleteMeetingDialogProps {
  /** "12 Nov 2026, 14:30": which meeting goes. */
  when: string | null;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: () => void;
}

/** Removing a meeting cannot be undone, so it is asked for twice. */
export function DeleteMeetingDialog(props: DeleteMeetingDialogProps) {
  return (
    <Modal opened={props.when !== null} onClose={props.onClose} title="Remove this meeting?">
      <Stack>
        <Text size="sm">
          The meeting of {props.when} and its notes are removed from your log for both of you. This cannot be
          undone.
        </Text>
        {props.error ? <Alert color="red">{errorMessage(props.error)}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            Keep it
          </Button>
          <Button color="red" loading={props.pending} onClick={props.onConfirm}>
            Remove meeting
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
