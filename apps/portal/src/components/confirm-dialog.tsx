import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '../lib/errors.ts';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What happens, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  /** Defaults to "Keep it". */
  cancelLabel?: string;
  /** Red for what cannot be undone (the default); the theme's colour otherwise. */
  color?: string;
  pending?: boolean;
  /** The last attempt's refusal, shown above the buttons. */
  error?: unknown;
  onClose: () => void;
  onConfirm: () => void;
}

/**
 * Asks once more before something that cannot be undone. Cancel has the focus, so an Enter
 * pressed out of habit does no harm.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Stack>
        {typeof props.children === 'string' ? <Text size="sm">{props.children}</Text> : props.children}
        {props.error ? <Alert color="red">{errorMessage(props.error)}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            {props.cancelLabel ?? 'Keep it'}
          </Button>
          <Button color={props.color ?? 'red'} onClick={props.onConfirm} loading={props.pending}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
