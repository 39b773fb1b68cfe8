import { Alert, Badge, Button, Group, List, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import type { VersionContent } from '@preceptor/domain/modules/authoring-schemas';
import type { ModuleContent, ModuleSection } from '@preceptor/domain/modules/module-content';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { SectionEditor } from './section-editor.tsx';

export function ModuleEditorPage() {
  const { versionId } = useParams({ from: '/_app/_staff/admin/modules_/$versionId' });
  const trpc = useTRPC();
  const query = useQuery(trpc.modules.versionContent.queryOptions({ versionId }));
  return (
    <QueryState query={query} what="the module version">
      {(version) => <ModuleEditor version={version} key={version.versionId + version.status} />}
    </QueryState>
  );
}

function ModuleEditor({ version }: { version: VersionContent }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [content, setContent] = useState<ModuleContent>(version.content);
  const readOnly = version.status !== 'DRAFT';
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.modules.pathKey() });
  const save = useMutation(trpc.modules.updateDraft.mutationOptions({ onSuccess: refresh }));
  const publish = useMutation(trpc.modules.publishDraft.mutationOptions({ onSuccess: refresh }));
  const set = (change: Partial<ModuleContent>) => setContent((current) => ({ ...current, ...change }));
  const setSection = (index: number, section: ModuleSection) =>
    set({ sections: content.sections.map((existing, i) => (i === index ? section : existing)) });
  const problems = Object.entries(fieldErrors(save.error));
  return (
    <Stack gap="lg">
      <PageHeader
        title={`${content.title} — version ${version.version}`}
        description={
          readOnly
            ? 'This version is not a draft, so it cannot change. Create a new draft from the module list.'
            : 'A draft: nobody sees it until you publish it.'
        }
        action={<Badge variant="light">{version.status.toLowerCase()}</Badge>}
      />
      <form
        aria-label="Module details"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ versionId: version.versionId, content });
        }}
      >
        <Stack gap="md">
          <TextInput label="Slug" value={content.slug} readOnly description="Names the module; fixed." />
          <TextInput
            label="Title"
            value={content.title}
            readOnly={readOnly}
            onChange={(event) => set({ title: event.currentTarget.value })}
          />
          <Textarea
            label="Summary"
            autosize
            minRows={2}
            value={content.summary}
            readOnly={readOnly}
            onChange={(event) => set({ summary: event.currentTarget.value })}
          />
          <Group grow wrap="wrap">
            <NumberInput
              label="Estimated minutes"
              min={1}
              max={600}
              value={content.estimatedMinutes}
              readOnly={readOnly}
              onChange={(value) => set({ estimatedMinutes: Number(value) || 0 })}
            />
            <NumberInput
              label="CE hours"
              min={0}
              max={40}
              step={0.25}
              decimalScale={2}
              value={content.ceHours}
              readOnly={readOnly}
              onChange={(value) => set({ ceHours: Number(value) || 0 })}
            />
          </Group>
          {content.sections.map((section, index) => (
            <SectionEditor
              key={section.key}
              section={section}
              readOnly={readOnly}
              onChange={(next) => setSection(index, next)}
            />
          ))}
          {save.isError ? (
            <Alert color="red" title="Draft not saved">
              {errorMessage(save.error)}
              {problems.length > 0 ? (
                <List size="sm" mt="xs">
                  {problems.map(([field, message]) => (
                    <List.Item key={field}>
                      {field}: {message}
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </Alert>
          ) : null}
          {save.isSuccess ? <Alert color="green">Draft saved.</Alert> : null}
          {publish.isError ? (
            <Alert color="red" title="Not published">
              {errorMessage(publish.error)}
            </Alert>
          ) : null}
          {readOnly ? null : (
            <Group>
              <Button type="submit" loading={save.isPending}>
                Save draft
              </Button>
              <Button
                variant="default"
                loading={publish.isPending}
                onClick={() => publish.mutate({ versionId: version.versionId })}
              >
                Publish this version
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
