import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import type { MenteeModule, SectionView } from '@preceptor/domain/modules/module-view-schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ButtonLink } from '../../components/router-links.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

type Reflection = Extract<SectionView, { kind: 'reflection' }>;

/** The prompt, and a button that opens (or reopens) the mentee's journal draft for it. */
export function ReflectionPanel({ module, section }: { module: MenteeModule; section: Reflection }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const start = useMutation(
    trpc.modules.startReflection.mutationOptions({
      onSuccess: async ({ reflectionId }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.modules.pathKey() });
        await navigate({ to: '/journal/$reflectionId', params: { reflectionId } });
      },
    }),
  );
  return (
    <Stack gap="md" component="article" aria-labelledby={`section-${section.key}`}>
      <Title order={2} size="h3" id={`section-${section.key}`}>
        {section.title}
      </Title>
      <Text style={{ whiteSpace: 'pre-line' }}>{section.prompt}</Text>
      <Text size="sm" c="dimmed">
        Your reflection is yours: it stays private in your journal until you choose to share it with your
        mentor. Starting it counts this step as done.
      </Text>
      {start.isError ? (
        <Alert color="red" title="Could not open your journal">
          {errorMessage(start.error)}
        </Alert>
      ) : null}
      {section.reflectionId ? (
        <ButtonLink
          to="/journal/$reflectionId"
          params={{ reflectionId: section.reflectionId }}
          variant="default"
        >
          Continue your reflection
        </ButtonLink>
      ) : (
        <Button
          disabled={module.locked}
          loading={start.isPending}
          onClick={() => start.mutate({ moduleId: module.moduleId })}
        >
          Write your reflection
        </Button>
      )}
    </Stack>
  );
}
