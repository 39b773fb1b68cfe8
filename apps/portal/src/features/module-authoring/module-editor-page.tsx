import { Alert, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import type { VersionContent } from '@preceptor/domain/modules/authoring-schemas';
import type { ModuleDraft } from '@preceptor/domain/modules/module-content';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePublishDraft, useUpdateDraft, versionContentQuery } from './api.ts';
import { describeField, draftProblems, within } from './draft-problems.ts';
import { ModuleDetailsFields } from './module-details-fields.tsx';
import { ModuleMetadataFields } from './module-metadata-fields.tsx';
import { SectionList } from './section-list.tsx';

export function ModuleEditorPage({ versionId }: { versionId: string }) {
  const { data: version } = useSuspenseQuery(versionContentQuery(useTRPC(), versionId));
  return <ModuleEditor version={version} key={version.versionId + version.status} />;
}

function ModuleEditor({ version }: { version: VersionContent }) {
  const [content, setContent] = useState<ModuleDraft>(version.content);
  const [savedContent, setSavedContent] = useState<ModuleDraft>(version.content);
  const [keysWhenOpened] = useState(() => version.content.sections.map((section) => section.key));
  const readOnly = version.status !== 'DRAFT';
  const save = useUpdateDraft(setSavedContent);
  const publish = usePublishDraft();
  const unsaved = JSON.stringify(content) !== JSON.stringify(savedContent);
  const set = (change: Partial<ModuleDraft>) => setContent((current) => ({ ...current, ...change }));
  // Problems name sections by position: once sections move, the old positions would mislead.
  const setSections = (sections: ModuleDraft['sections']) => {
    if (sections.map((s) => s.key).join() !== content.sections.map((s) => s.key).join()) {
      save.reset();
      publish.reset();
    }
    set({ sections });
  };
  const failed = save.isError ? save.error : publish.isError ? publish.error : null;
  const problems = draftProblems(failed);
  return (
    <Stack gap="lg">
      <PageHeader
        title={`${content.title || version.content.title} — version ${version.version}`}
        description={
          readOnly
            ? 'This version is not a draft, so it cannot change. Create a new draft from the module list.'
            : 'A draft: nobody sees it until you publish it. It may be saved unfinished; publishing checks it is complete.'
        }
        action={<Badge variant="light">{version.status.toLowerCase()}</Badge>}
      />
      <form
        aria-label="Module draft"
        onSubmit={(event) => {
          event.preventDefault();
          publish.reset();
          save.mutate({ versionId: version.versionId, content });
        }}
      >
        <Stack gap="xl">
          <ModuleDetailsFields
            content={content}
            readOnly={readOnly}
            problemAt={within(problems, '')}
            onChange={set}
          />
          <ModuleMetadataFields
            content={content}
            readOnly={readOnly}
            problemAt={within(problems, '')}
            onChange={setContent}
          />
          <SectionList
            sections={content.sections}
            readOnly={readOnly}
            problems={problems}
            keysWhenOpened={keysWhenOpened}
            onChange={setSections}
          />
          {failed ? (
            <Alert color="red" title={save.isError ? 'Draft not saved' : 'Not published'}>
              {errorMessage(failed)}
              {Object.keys(problems).length > 0 ? (
                <List size="sm" mt="xs">
                  {Object.entries(problems).map(([field, message]) => (
                    <List.Item key={field}>
                      {describeField(field, content)}: {message}
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </Alert>
          ) : null}
          {save.isSuccess && !unsaved ? <Alert color="green">Draft saved.</Alert> : null}
          {publish.isSuccess ? <Alert color="green">Version {version.version} is published.</Alert> : null}
          {readOnly ? null : (
            <Stack gap="xs">
              <Group>
                <Button type="submit" loading={save.isPending}>
                  Save draft
                </Button>
                <Button
                  variant="default"
                  loading={publish.isPending}
                  disabled={unsaved}
                  onClick={() => {
                    save.reset();
                    publish.mutate({ versionId: version.versionId });
                  }}
                >
                  Publish this version
                </Button>
              </Group>
              {unsaved ? (
                <Text size="sm" c="dark.6">
                  You have unsaved changes; save the draft before publishing it.
                </Text>
              ) : null}
            </Stack>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
