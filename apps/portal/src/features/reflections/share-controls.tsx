import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReflectionView } from '@preceptor/domain/reflections/reflection-io-schemas';
import { canTransition } from '@preceptor/domain/reflections/reflection-status';
import { useState } from 'react';
import { errorMessage } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useShareReflection, useUnshareReflection } from './api.ts';

interface ShareControlsProps {
  reflection: ReflectionView;
  /** Passages the identifier check flags that the writer has not dealt with. */
  unconfirmedCount: number;
  /** The identifier check has not answered yet (it loads after the page shows). */
  checking: boolean;
  /** What the reflection still needs before it can be shared ("a title"), or null. */
  missing: string | null;
  flush: () => Promise<boolean>;
}

/** Share with my current mentor(s), or take a shared reflection back. */
export function ShareControls({
  reflection,
  unconfirmedCount,
  checking,
  missing,
  flush,
}: ShareControlsProps) {
  const [error, setError] = useState<string | null>(null);
  const share = useShareReflection();
  const unshare = useUnshareReflection();
  const failed = (caught: unknown) => setError(errorMessage(caught));

  if (!reflection.isAuthor) return null;
  const canShare = canTransition(reflection.status, 'share');
  const canUnshare = reflection.status === 'SHARED' || reflection.status === 'REVIEWED';
  const blocked = unconfirmedCount > 0 || checking || missing !== null;
  const blockedId = `${reflection.id}-share-blocked`;

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        {reflection.sharedWith.length > 0 ? (
          <Text size="sm">
            Shared with {reflection.sharedWith.map((m) => m.name).join(' and ')}
            {reflection.sharedAt ? ` on ${formatDateTime(reflection.sharedAt)}` : ''}. Only you and they can
            read it.
          </Text>
        ) : (
          <Text size="sm">Only you can read this reflection until you share it with your mentor.</Text>
        )}
        {canShare ? (
          <>
            <Button
              onClick={async () => {
                setError(null);
                if (!(await flush())) {
                  setError('Your latest changes are not saved yet. Share again when they are saved.');
                  return;
                }
                share.mutate(
                  { reflectionId: reflection.id },
                  {
                    onSuccess: (result) =>
                      notifications.show({
                        color: 'green',
                        message: `Shared with ${result.sharedWith.map((m) => m.name).join(' and ')}.`,
                      }),
                    onError: failed,
                  },
                );
              }}
              disabled={blocked}
              loading={share.isPending}
              aria-describedby={blocked ? blockedId : undefined}
            >
              {reflection.status === 'REVISION_REQUESTED'
                ? 'Share the revision with my mentor'
                : 'Share with my mentor'}
            </Button>
            {missing !== null ? (
              <Text size="sm" fw={600} id={blockedId}>
                Give the reflection {missing} before sharing it.
              </Text>
            ) : unconfirmedCount > 0 ? (
              <Text size="sm" fw={600} id={blockedId}>
                Sharing waits until each possible patient identifier is edited away or confirmed.
              </Text>
            ) : checking ? (
              <Text size="sm" fw={600} id={blockedId}>
                Sharing waits for the check for patient identifiers.
              </Text>
            ) : null}
          </>
        ) : null}
        {canUnshare ? (
          <Button
            variant="default"
            loading={unshare.isPending}
            onClick={() => {
              setError(null);
              unshare.mutate(
                { reflectionId: reflection.id },
                {
                  onSuccess: () =>
                    notifications.show({
                      message: 'Unshared. Your mentor can no longer read it, and you can edit it again.',
                    }),
                  onError: failed,
                },
              );
            }}
          >
            Unshare
          </Button>
        ) : null}
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
