import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ModuleSection } from '@preceptor/domain/modules/module-content';

/** Asks before a section leaves the draft; Cancel has the focus, so Enter does no harm. */
export function RemoveSectionDialog({
  section,
  name,
  onCancel,
  onConfirm,
}: {
  section: ModuleSection | null;
  name: string;
  onCancel: () => void;
  onConfirm: (section: ModuleSection) => void;
}) {
  return (
    <Modal opened={section !== null} onClose={onCancel} title="Remove this section?">
      <Stack>
        <Text size="sm">
          The {name} and everything in it leave this draft when you save it. Versions already published keep
          it, and so do the people taking them.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Keep it
          </Button>
          <Button color="red" onClick={() => section && onConfirm(section)}>
            Remove section
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
