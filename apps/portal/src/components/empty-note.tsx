import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyNoteProps {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}

/** An empty list says why it is empty and what happens next, rather than showing nothing. */
export function EmptyNote({ title, children, action }: EmptyNoteProps) {
  return (
    <EmptyState
      size="sm"
      align="left"
      title={title}
      description={children}
      py="md"
      px="md"
      bd="1px dashed var(--mantine-color-gray-4)"
      bdrs="md"
    >
      {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
    </EmptyState>
  );
}
