import { Prisma } from '@preceptor/db';
import {
  DRILL_DOWN_COUNT_LIMIT,
  DRILL_DOWN_PAGE_SIZE,
  type DrillDownPage,
  type DrillDownRow,
  type ParsedDrillDownInput,
} from '@preceptor/domain/reports/drill-down-schemas';
import type { ActorContext } from '../service-context.ts';
import { figureRows, needsAssignments } from './drill-down-figures.ts';
import { assignments, reportScope, scopedMemberships } from './report-scope.ts';
import { reportRows } from './run-report.ts';

type SortKeys = { total: number; sort_last: string | null; sort_first: string | null };
/** A page past the end: the count, and no row (the LEFT JOIN's nulls). */
type Nulls = { [key in keyof DrillDownRow]: null };

const ORDER = Prisma.raw(
  `ORDER BY sort_last, sort_first, "personId", "cohortName", "moduleTitle", "dueAt", "date"`,
);

/**
 * The people behind one figure of a report, for the same filter and scope, one page at a time,
 * optionally narrowed by name or email. Plain rows, so an export is another view of them.
 *
 * One statement takes the list's first `countLimit` + 1 rows in order (last name, first name,
 * person: the "User" (lastName, firstName) index gives people in that order, so a network-wide
 * list reads a thousand rows, not the 100,000 behind "Overdue"), then counts them and cuts the
 * page out of them. A longer list says "more than" its count: a search or a filter narrows it,
 * and its pages stop at the count (an export counts up to its own row limit).
 */
export async function drillDown(
  ctx: ActorContext,
  input: ParsedDrillDownInput,
  /** An export takes every row up to its limit in one page. */
  pageSize: number = DRILL_DOWN_PAGE_SIZE,
  /** Rows counted before the list says "more than"; at least a page. */
  countLimit: number = Math.max(DRILL_DOWN_COUNT_LIMIT, pageSize),
): Promise<DrillDownPage> {
  const scope = await reportScope(ctx, input);
  const members = scopedMemberships(scope, { person: true });
  const cte = needsAssignments(input.figure) ? Prisma.sql`${members}, ${assignments(scope)}` : members;
  const found = await reportRows<(DrillDownRow & SortKeys) | (Nulls & SortKeys)>(
    ctx,
    Prisma.sql`
    WITH ${cte}, rows AS (${figureRows(scope, input)}),
    head AS MATERIALIZED (SELECT * FROM rows ${ORDER} LIMIT ${countLimit + 1})
    SELECT counted.total, page.* FROM (SELECT count(*)::int AS total FROM head) counted
    LEFT JOIN LATERAL (SELECT * FROM head ${ORDER} LIMIT ${pageSize} OFFSET ${(input.page - 1) * pageSize}) page ON TRUE`,
  );
  const total = found[0]?.total ?? 0;
  return {
    figure: input.figure,
    rows: found.flatMap(({ total: _total, sort_last: _last, sort_first: _first, ...row }) =>
      row.personId === null ? [] : [row as DrillDownRow],
    ),
    total: Math.min(total, countLimit),
    totalCapped: total > countLimit,
    page: input.page,
    pageSize,
  };
}
