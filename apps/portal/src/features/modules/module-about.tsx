import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { MenteeModule } from '@preceptor/domain/modules/module-view-schemas';

/** What the learner will be able to do, who last checked the module, and what it rests on. */
export function ModuleAbout({ module }: { module: MenteeModule }) {
  if (module.objectives.length === 0 && module.references.length === 0 && module.review === null) return null;
  const codes = module.references.filter((reference) => reference.kind === 'code_of_ethics');
  const sources = module.references.filter((reference) => reference.kind !== 'code_of_ethics');
  const cite = (reference: MenteeModule['references'][number]) => (
    <List.Item key={reference.citation}>
      {reference.citation} ({reference.year})
      {reference.url ? (
        <>
          {' '}
          <Anchor href={reference.url} target="_blank" rel="noreferrer">
            Link
          </Anchor>
        </>
      ) : null}
    </List.Item>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="module-objectives">
      <Stack gap="xs">
        <Title order={2} size="h4" id="module-objectives">
          After this module you will be able to
        </Title>
        <List type="ordered">
          {module.objectives.map((objective) => (
            <List.Item key={objective.key}>{objective.text}</List.Item>
          ))}
        </List>
        {module.review ? (
          <Text size="sm">
            Last reviewed {module.review.lastReviewed} by a {module.review.reviewerRole.toLowerCase()}.
          </Text>
        ) : null}
        {module.references.length > 0 ? (
          <details>
            <summary>References and codes of ethics</summary>
            {codes.length > 0 ? (
              <>
                <Text size="sm" fw={600} mt="xs">
                  Codes of ethics
                </Text>
                <List size="sm">{codes.map(cite)}</List>
              </>
            ) : null}
            <Text size="sm" fw={600} mt="xs">
              Sources
            </Text>
            <List size="sm">{sources.map(cite)}</List>
          </details>
        ) : null}
      </Stack>
    </Paper>
  );
}
