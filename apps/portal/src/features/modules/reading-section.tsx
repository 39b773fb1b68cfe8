import { Alert, Button, Group, List, Stack, Text, Title, Typography } from '@mantine/core';
import type { MenteeModule, SectionView } from '@preceptor/domain/modules/module-view-schemas';
import Markdown from 'react-markdown';
import { errorMessage } from '../../lib/errors.ts';
import { useMarkSectionDone } from './api.ts';

type Reading = Extract<SectionView, { kind: 'lesson' | 'case' }>;

/** A lesson or case: Markdown from the module file (no raw HTML), then "mark as done". */
export function ReadingSection({
  module,
  section,
  onNext,
}: {
  module: MenteeModule;
  section: Reading;
  onNext: () => void;
}) {
  const markDone = useMarkSectionDone();
  return (
    <Stack gap="md" component="article" aria-labelledby={`section-${section.key}`}>
      <Title order={2} size="h3" id={`section-${section.key}`}>
        {section.title}
      </Title>
      <Typography>
        <Markdown>{section.body}</Markdown>
      </Typography>
      {section.kind === 'case' ? (
        <Stack gap="xs">
          <Title order={3} size="h5">
            Questions to discuss with your mentor
          </Title>
          <List type="ordered">
            {section.discussionQuestions.map((question) => (
              <List.Item key={question}>{question}</List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      {markDone.isError ? (
        <Alert color="red" title="Not saved">
          {errorMessage(markDone.error)}
        </Alert>
      ) : null}
      <Group>
        {section.done ? (
          <Text c="green.9" fw={600}>
            Done
          </Text>
        ) : (
          <Button
            disabled={module.locked}
            loading={markDone.isPending}
            onClick={() =>
              markDone.mutate({ moduleId: module.moduleId, sectionKey: section.key }, { onSuccess: onNext })
            }
          >
            Mark as done
          </Button>
        )}
        {section.done ? (
          <Button variant="default" onClick={onNext}>
            Next section
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
