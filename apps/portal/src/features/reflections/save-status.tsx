import { Group, Loader, Text } from '@mantine/core';
import type { SaveStatus } from './use-autosave.ts';

const LABELS: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  offline: 'Not saved yet — kept on this device, will retry',
  conflict: 'Changed elsewhere — choose a version',
  error: 'Not saved — kept on this device',
};

/** Always says where the writer's text is: on the server, on the way, or only in this browser. */
export function SaveStatusText({ status, version }: { status: SaveStatus; version: number }) {
  return (
    <Group gap={6} role="status" aria-live="polite" wrap="nowrap">
      {status === 'saving' ? <Loader size={12} /> : null}
      <Text size="sm" fw={status === 'saved' ? 400 : 600} data-save-status={status}>
        {LABELS[status]}
        {status === 'saved' ? ` · version ${version}` : ''}
      </Text>
    </Group>
  );
}
