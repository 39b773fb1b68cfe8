import { Alert, Button, Drawer, Group, Paper, Stack, Text } from '@mantine/core';
import { htmlToPlainText } from '@preceptor/domain/reflections/plain-text';
import type { ReflectionVersionEntry } from '@preceptor/domain/reflections/reflection-io-schemas';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { PlainParagraphs } from './plain-paragraphs.tsx';

interface VersionHistoryProps {
  reflectionId: string;
  opened: boolean;
  onClose: () => void;
  currentVersion: number;
  canRestore: boolean;
  /** Restores the version; rejects with a message to show. */
  onRestore: (entry: ReflectionVersionEntry) => Promise<void>;
}

/** Every saved version, newest first; any earlier one can be brought back as a new version. */
export function VersionHistory({
  reflectionId,
  opened,
  onClose,
  currentVersion,
  canRestore,
  onRestore,
}: VersionHistoryProps) {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.reflections.versions.queryOptions({ reflectionId }), enabled: opened });
  const [viewing, setViewing] = useState<number | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  return (
    <Drawer opened={opened} onClose={onClose} title="Version history" position="right" size="lg">
      <Stack gap="sm">
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <QueryState query={query} what="the version history">
          {(versions) => (
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {versions.map((entry) => (
                <li key={entry.version}>
                  <Paper withBorder p="sm">
                    <Stack gap={6}>
                      <Group justify="space-between" wrap="wrap" gap="xs">
                        <Text fw={600}>
                          Version {entry.version}
                          {entry.version === currentVersion ? ' (current)' : ''}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {formatDateTime(entry.createdAt)}
                        </Text>
                      </Group>
                      <Text size="sm">{entry.title || 'Untitled reflection'}</Text>
                      {viewing === entry.version ? (
                        <PlainParagraphs html={entry.body} />
                      ) : (
                        <Text size="sm" c="dimmed" lineClamp={2}>
                          {htmlToPlainText(entry.body)}
                        </Text>
                      )}
                      <Group gap="xs">
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setViewing(viewing === entry.version ? null : entry.version)}
                        >
                          {viewing === entry.version ? 'Hide text' : `Read version ${entry.version}`}
                        </Button>
                        {canRestore && entry.version !== currentVersion ? (
                          <Button
                            size="xs"
                            variant="light"
                            loading={restoring === entry.version}
                            onClick={async () => {
                              setRestoring(entry.version);
                              setError(null);
                              try {
                                await onRestore(entry);
                                await query.refetch();
                              } catch (caught) {
                                setError(caught instanceof Error ? caught.message : String(caught));
                              } finally {
                                setRestoring(null);
                              }
                            }}
                          >
                            Restore version {entry.version}
                          </Button>
                        ) : null}
                      </Group>
                    </Stack>
                  </Paper>
                </li>
              ))}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Drawer>
  );
}
