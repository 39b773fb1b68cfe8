import type { CSSProperties, ReactNode } from 'react';
import classes from './table-scroll.module.css';
import { useCellLabels } from './use-cell-labels.ts';
import { useOverflowX } from './use-overflow-x.ts';

interface TableScrollProps {
  minWidth: CSSProperties['minWidth'];
  /** Names the scrollable region: the same words as the table's label. */
  label: string;
  children: ReactNode;
}

/**
 * Holds every admin table. On a phone its rows stack as cards (see table-scroll.module.css); on a
 * wider screen narrower than the table it scrolls sideways and says so. Keyboard users can only
 * scroll a region they can focus, and a table of plain text has nothing focusable, so the scroll
 * viewport itself takes focus (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableScroll({ minWidth, label, children }: TableScrollProps) {
  const [viewport, overflowing] = useOverflowX();
  const content = useCellLabels();
  const width = typeof minWidth === 'number' ? `${minWidth}px` : minWidth;
  return (
    <div>
      {overflowing ? (
        <p className={classes.hint} aria-hidden="true">
          Scroll sideways for more columns →
        </p>
      ) : null}
      <section
        ref={viewport}
        className={classes.viewport}
        data-overflowing={overflowing || undefined}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
        aria-label={overflowing ? `${label} (scrolls sideways)` : label}
      >
        <div
          ref={content}
          className={classes.content}
          style={{ '--table-min-width': width } as CSSProperties}
        >
          {children}
        </div>
      </section>
    </div>
  );
}
