import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { usePageTitle } from '../lib/use-page-title.ts';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  /** For a page that moves focus to its heading (it then takes focus, though not by Tab). */
  titleRef?: Ref<HTMLHeadingElement>;
}

/** The page's one <h1>; it also names the browser tab. */
export function PageHeader({ title, description, action, titleRef }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
      {/* minWidth 0 and anywhere-wrapping: a long unbroken title (a pasted URL) wraps instead of
          pushing the page sideways. */}
      <Stack gap={4} miw={0} maw="100%">
        <Title
          order={1}
          size="h2"
          ref={titleRef}
          tabIndex={titleRef ? -1 : undefined}
          style={{ overflowWrap: 'anywhere' }}
        >
          {title}
        </Title>
        {description ? <Text c="dimmed">{description}</Text> : null}
      </Stack>
      {action}
    </Group>
  );
}
