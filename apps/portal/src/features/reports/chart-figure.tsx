import '@mantine/charts/styles.css';

import { Paper, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/**
 * A chart with its one-sentence summary as the caption. The table beside it holds the same
 * numbers (with links to the people), so the picture itself is hidden from screen readers.
 */
export function ChartFigure({ summary, children }: { summary: string; children: ReactNode }) {
  const captionId = useId();
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby={captionId}>
      <Text component="figcaption" id={captionId} size="sm" mb="sm">
        {summary}
      </Text>
      <div aria-hidden>{children}</div>
    </Paper>
  );
}
