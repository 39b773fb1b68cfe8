import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { MAX_TITLE_LENGTH, TITLE_TOO_LONG } from '@preceptor/domain/reflections/reflection-io-schemas';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { DefaultPending } from '../../components/route-states.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useCreateReflection } from './api.ts';
import { writeBackup } from './draft-backup.ts';
import type { NewReflectionSearch } from './new-reflection-search.ts';

/**
 * From a module's prompt: opens the draft already started on that prompt, or starts one (the
 * prompt is its content). Otherwise nothing is stored until the writer types: an abandoned
 * "New reflection" leaves no empty "Untitled reflection" behind.
 */
export function NewReflectionPage({ search }: { search: NewReflectionSearch }) {
  return search.moduleId ? <PromptDraft search={search} /> : <FirstKeystrokeDraft />;
}

function PromptDraft({ search }: { search: NewReflectionSearch }) {
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

  if (create.isError) return <StartFailed error={create.error} onRetry={start} />;
  return <DefaultPending />;
}

/**
 * The title field alone until the first letter; that letter creates the draft, and whatever is
 * typed while it is being created is handed to the editor through the draft backup, which the
 * editor adopts on opening (the same path that recovers text after a lost connection).
 */
function FirstKeystrokeDraft() {
  const navigate = useNavigate();
  const create = useCreateReflection();
  const [title, setTitle] = useState('');
  const latest = useRef('');
  const titleRef = useRef<HTMLInputElement>(null);
  // The page exists to type a title: the caret starts there.
  useEffect(() => titleRef.current?.focus(), []);
  const tooLong = title.trim().length > MAX_TITLE_LENGTH;
  const start = (first: string) =>
    create.mutate(
      { title: first },
      {
        onSuccess: ({ id, version }) => {
          if (latest.current !== first) writeBackup(id, version, { title: latest.current, body: '' });
          void navigate({
            to: '/journal/$reflectionId',
            params: { reflectionId: id },
            replace: true,
            state: (previous) => ({ ...previous, focusTitle: true }),
          });
        },
      },
    );
  return (
    <Stack gap="lg" maw={640}>
      <PageHeader title="New reflection" description="Private to you until you share it with your mentor." />
      <TextInput
        label="Title"
        description="Your draft is saved from the first letter you type."
        value={title}
        ref={titleRef}
        error={tooLong ? TITLE_TOO_LONG : undefined}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setTitle(next);
          latest.current = next;
          if (!create.isIdle || next.trim() === '' || next.trim().length > MAX_TITLE_LENGTH) return;
          start(next);
        }}
      />
      {create.isPending ? (
        <Text size="sm" c="dimmed" role="status">
          Starting your draft…
        </Text>
      ) : null}
      {create.isError ? <StartFailed error={create.error} onRetry={() => start(latest.current)} /> : null}
    </Stack>
  );
}

function StartFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Alert color="red" title="We could not start a new reflection">
      <Stack gap="xs" align="flex-start">
        {errorMessage(error)}
        <Button variant="default" size="xs" onClick={onRetry}>
          Try again
        </Button>
      </Stack>
    </Alert>
  );
}

declare module '@tanstack/react-router' {
  interface HistoryState {
    /** Set when a new draft opens in the editor mid-word: the caret goes back to its title. */
    focusTitle?: boolean;
  }
}
