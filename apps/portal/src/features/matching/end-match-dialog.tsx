import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';

interface EndMatchDialogProps {
  opened: boolean;
  title: string;
  explanation: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks why a match ends before ending it; the reason is kept with the match. */
export function EndMatchDialog(props: EndMatchDialogProps) {
  const [reason, setReason] = useState('');
  const fieldError = props.error ? fieldErrors(props.error).reason : undefined;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onConfirm(reason);
        }}
      >
        <Stack>
          <Text size="sm">{props.explanation}</Text>
          <Textarea
            label="Reason"
            description="Shared with the people concerned and program staff."
            required
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError}
            data-autofocus
          />
          {props.error && !fieldError ? <Alert color="red">{errorMessage(props.error)}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={props.pending}>
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
