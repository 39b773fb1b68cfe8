import { Table } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

interface TableScrollProps {
  minWidth: CSSProperties['minWidth'];
  /** Names the scrollable region: the same words as the table's label. */
  label: string;
  children: ReactNode;
}

/**
 * A wide table scrolls sideways on phones. Keyboard users can only scroll a region they can
 * focus, and a table of plain text has nothing focusable, so the scroll viewport itself takes
 * focus (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableScroll({ minWidth, label, children }: TableScrollProps) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{
        viewportProps: { tabIndex: 0, role: 'region', 'aria-label': `${label} (scrolls sideways)` },
      }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
