import { Button, Stack, Text, Title } from '@mantine/core';
import type { MenteeModule, SectionView } from '@preceptor/domain/modules/module-view-schemas';
import { ButtonLink } from '../../components/router-links.tsx';

type Reflection = Extract<SectionView, { kind: 'reflection' }>;

/**
 * The prompt, and a link that opens (or reopens) the mentee's journal draft for it. It goes
 * through the journal's /journal/new, whose server call applies the module's rules, so there is
 * one way in.
 */
export function ReflectionPanel({ module, section }: { module: MenteeModule; section: Reflection }) {
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
      {section.reflectionId ? (
        <ButtonLink
          to="/journal/$reflectionId"
          params={{ reflectionId: section.reflectionId }}
          variant="default"
        >
          Continue your reflection
        </ButtonLink>
      ) : module.locked ? (
        // A link cannot be disabled; a disabled button says the same thing to everyone.
        <Button disabled>Write your reflection</Button>
      ) : (
        <ButtonLink to="/journal/new" search={{ moduleId: module.moduleId, promptSectionKey: section.key }}>
          Write your reflection
        </ButtonLink>
      )}
    </Stack>
  );
}
