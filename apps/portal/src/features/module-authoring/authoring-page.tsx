import { Alert, Badge, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ButtonLink } from '../../components/router-links.tsx';
import { Section } from '../../components/section.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { catalogueQuery, useCreateDraft, useImportModule } from './api.ts';
import { ExportButton } from './export-button.tsx';

/** Network admin: the module catalogue, drafts, publishing and module files. */
export function AuthoringPage() {
  const navigate = useNavigate();
  const query = useQuery(catalogueQuery(useTRPC()));
  const openDraft = (saved: { versionId: string }) =>
    navigate({ to: '/admin/modules/$versionId', params: { versionId: saved.versionId } });
  const createDraft = useCreateDraft();
  const importModule = useImportModule();
  const [file, setFile] = useState<File | null>(null);
  return (
    <Stack gap="xl">
      <PageHeader
        title="Modules"
        description="Edit a module as a new draft version; people keep the version they started."
      />
      <QueryState query={query} what="the module catalogue">
        {(modules) => (
          <TableScroll minWidth={640} label="Modules">
            <Table striped aria-label="Modules">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Module</Table.Th>
                  <Table.Th scope="col">Published</Table.Th>
                  <Table.Th scope="col">Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {modules.map((module) => (
                  <Table.Tr key={module.moduleId}>
                    <Table.Td>
                      <Text fw={600}>{module.title}</Text>
                      <Text size="sm" c="dimmed">
                        {module.slug}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {module.publishedVersion ? `Version ${module.publishedVersion}` : 'Not published'}
                      {module.draftVersionId ? (
                        <Badge ml="xs" variant="light">
                          Draft open
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        {module.draftVersionId ? (
                          <ButtonLink
                            size="xs"
                            to="/admin/modules/$versionId"
                            params={{ versionId: module.draftVersionId }}
                          >
                            Edit draft
                          </ButtonLink>
                        ) : (
                          <Button
                            size="xs"
                            variant="default"
                            loading={
                              createDraft.isPending && createDraft.variables?.moduleId === module.moduleId
                            }
                            onClick={() =>
                              createDraft.mutate({ moduleId: module.moduleId }, { onSuccess: openDraft })
                            }
                          >
                            New draft of {module.title}
                          </Button>
                        )}
                        <ExportButton moduleId={module.moduleId} title={module.title} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </QueryState>
      {createDraft.isError ? (
        <Alert color="red" title="No draft created">
          {errorMessage(createDraft.error)}
        </Alert>
      ) : null}
      <Section title="Import a module file">
        <form
          aria-label="Import a module file"
          onSubmit={async (event) => {
            event.preventDefault();
            if (file) importModule.mutate({ text: await file.text() }, { onSuccess: openDraft });
          }}
        >
          <Stack gap="sm" maw={520}>
            <FileInput
              label="Module file (YAML or JSON)"
              description="Imports as a new draft: a new module, or the next version of the module with the same slug."
              accept=".yaml,.yml,.json"
              value={file}
              onChange={setFile}
              clearable
            />
            {importModule.isError ? (
              <Alert color="red" title="Not imported">
                {errorMessage(importModule.error)}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" disabled={!file} loading={importModule.isPending}>
                Import as draft
              </Button>
            </Group>
          </Stack>
        </form>
      </Section>
    </Stack>
  );
}
