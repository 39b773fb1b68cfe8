import { Button, Group, Modal, Paper, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { DraftText } from './draft-backup.ts';
import { PlainParagraphs } from './plain-paragraphs.tsx';
import type { SaveConflict } from './use-autosave.ts';

interface ConflictDialogProps {
  conflict: SaveConflict | null;
  onChoose: (text: DraftText) => void;
}

function combine({ mine, theirs }: SaveConflict): DraftText {
  return {
    title: mine.title === theirs.title ? mine.title : `${theirs.title} / ${mine.title}`,
    body: `${theirs.body}<hr>${mine.body}`,
  };
}

function Version({ heading, text, note }: { heading: string; text: DraftText; note: string }) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {heading}
        </Title>
        <Text size="xs" c="dimmed">
          {note}
        </Text>
        <Text fw={600}>{text.title || 'Untitled reflection'}</Text>
        <ScrollArea.Autosize mah={320}>
          <PlainParagraphs html={text.body} />
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  );
}

/**
 * Another tab or device saved this reflection after this tab loaded it. Both texts are shown
 * side by side; nothing is saved until the writer chooses, and whatever they choose is saved as
 * a new version, so the other text stays in the history too.
 */
export function ConflictDialog({ conflict, onChoose }: ConflictDialogProps) {
  return (
    <Modal
      opened={conflict !== null}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      size="xl"
      title="This reflection was changed somewhere else"
    >
      {conflict ? (
        <Stack gap="md">
          <Text size="sm">
            Another tab or device saved a different version while you were writing here. Both are kept: choose
            which to continue with, or combine them and edit.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Version
              heading="Written in this tab"
              text={conflict.mine}
              note="Not yet saved; kept on this device."
            />
            <Version
              heading="Saved elsewhere"
              text={conflict.theirs}
              note={`Version ${conflict.theirs.version}, saved ${conflict.theirs.updatedAt.toLocaleString()}`}
            />
          </SimpleGrid>
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => onChoose(combine(conflict))}>
              Combine both
            </Button>
            <Button
              variant="default"
              onClick={() => onChoose({ title: conflict.theirs.title, body: conflict.theirs.body })}
            >
              Keep the other version
            </Button>
            <Button onClick={() => onChoose(conflict.mine)}>Keep this tab’s version</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
