import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { errorMessage } from '../../lib/errors.ts';

interface DeleteGoalDialogProps {
  goalTitle: string;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: () => void;
}

/** Deleting cannot be undone, so it is asked once more; dropping is the gentler way out. */
export function DeleteGoalDialog(props: DeleteGoalDialogProps) {
  return (
    <Modal opened onClose={props.onClose} title="Delete this goal?">
      <Stack>
        <Text size="sm">
          “{props.goalTitle}” will be gone for good, also for any mentor you shared it with. To keep a record
          of it, drop it instead.
        </Text>
        {props.error ? <Alert color="red">{errorMessage(props.error)}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            Keep it
          </Button>
          <Button color="red" onClick={props.onConfirm} loading={props.pending}>
            Delete goal
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
