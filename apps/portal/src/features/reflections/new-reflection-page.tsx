import { Alert, Button, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { DefaultPending } from '../../components/route-states.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useCreateReflection } from './api.ts';
import type { NewReflectionSearch } from './new-reflection-search.ts';

/**
 * Starts a draft on the server at once, so autosave has a reflection and a version from the
 * first keystroke. From a module's prompt it opens the draft already started on that prompt,
 * if there is one, rather than a second.
 */
export function NewReflectionPage({ search }: { search: NewReflectionSearch }) {
  const navigate = useNavigate();
  const create = useCreateReflection();
  const started = useRef(false);
  const start = () =>
    create.mutate(
      {
        ...(search.moduleId ? { moduleId: search.moduleId } : {}),
        ...(search.promptSectionKey ? { promptSectionKey: search.promptSectionKey } : {}),
      },
      {
        onSuccess: ({ id }) =>
          navigate({ to: '/journal/$reflectionId', params: { reflectionId: id }, replace: true }),
      },
    );

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
