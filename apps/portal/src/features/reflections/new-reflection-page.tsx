import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { DefaultPending } from '../../components/route-states.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

/**
 * Starts a draft on the server at once (optionally answering a module's prompt), so autosave
 * has a reflection and a version from the first keystroke.
 */
export function NewReflectionPage() {
  const search = useSearch({ from: '/_app/journal_/new' });
  const navigate = useNavigate();
  const trpc = useTRPC();
  const create = useMutation(
    trpc.reflections.create.mutationOptions({
      onSuccess: ({ id }) =>
        void navigate({ to: '/journal/$reflectionId', params: { reflectionId: id }, replace: true }),
    }),
  );
  const started = useRef(false);
  const start = () =>
    create.mutate({
      ...(search.moduleId ? { moduleId: search.moduleId } : {}),
      ...(search.promptSectionKey ? { promptSectionKey: search.promptSectionKey } : {}),
    });

  // Once per visit (StrictMode runs effects twice in development).
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    start();
  }, []);

  if (create.isError) {
    return (
      <Alert color="red" title="We could not start a new reflection">
        <Stack gap="xs" align="flex-start">
          {errorMessage(create.error)}
          <Button variant="default" size="xs" onClick={start}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <DefaultPending />;
}
