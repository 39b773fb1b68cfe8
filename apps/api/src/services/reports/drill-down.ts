import { Prisma } from '@preceptor/db';
import {
  DRILL_DOWN_PAGE_SIZE,
  type DrillDownPage,
  type DrillDownRow,
  type ParsedDrillDownInput,
} from '@preceptor/domain/reports/drill-down-schemas';
import type { ActorContext } from '../service-context.ts';
import { figureRows, needsAssignments } from './drill-down-figures.ts';
import { assignments, reportScope, scopedMemberships } from './report-scope.ts';
import { reportRows } from './run-report.ts';

/** ILIKE treats % and _ as wildcards; a search for "50%" means the characters. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The people behind one figure of a report, for the same filter and scope, one page at a time,
 * optionally narrowed by name or email. Plain rows, so an export is another view of them.
 */
export async function drillDown(
  ctx: ActorContext,
  input: ParsedDrillDownInput,
  /** An export takes every row up to its limit in one page. */
  pageSize: number = DRILL_DOWN_PAGE_SIZE,
): Promise<DrillDownPage> {
  const scope = await reportScope(ctx, input);
  const members = scopedMemberships(scope, { person: true });
  const cte = needsAssignments(input.figure) ? Prisma.sql`${members}, ${assignments(scope)}` : members;
  const search = input.search
    ? Prisma.sql`WHERE rows.name ILIKE ${likePattern(input.search)} OR rows.email ILIKE ${likePattern(input.search)}`
    : Prisma.empty;
  const found = await reportRows<DrillDownRow & { total: number }>(
    ctx,
    Prisma.sql`
    WITH ${cte}, rows AS (${figureRows(scope, input)})
    SELECT rows.*, count(*) OVER ()::int AS total FROM rows ${search}
    ORDER BY rows.name, rows."personId", rows."cohortName", rows."moduleTitle"
    LIMIT ${pageSize} OFFSET ${(input.page - 1) * pageSize}`,
  );
  return {
    figure: input.figure,
    rows: found.map(({ total: _total, ...row }) => row),
    total: found[0]?.total ?? 0,
    page: input.page,
    pageSize,
  };
}
