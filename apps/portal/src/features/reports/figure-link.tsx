import { AnchorLink } from '../../components/router-links.tsx';
import { formatNumber } from '../../lib/format.ts';
import type { FigureParams, ReportSearch } from './report-search.ts';

interface FigureLinkProps {
  value: number;
  /** The report filter the figure was counted under; the list keeps it. */
  filter: ReportSearch;
  figure: FigureParams;
  /** What the number counts, for the link's name: "overdue assignments of Informed consent". */
  what: string;
}

/** A figure that opens the list of the people behind it. Zero has nobody to show. */
export function FigureLink({ value, filter, figure, what }: FigureLinkProps) {
  if (value === 0) return <>0</>;
  return (
    <AnchorLink
      to="/reports/people"
      search={{ ...filter, ...figure }}
      aria-label={`${formatNumber(value)} ${what}`}
    >
      {formatNumber(value)}
    </AnchorLink>
  );
}
