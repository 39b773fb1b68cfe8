import { Prisma } from '@preceptor/db';
import type { ActorContext } from '../service-context.ts';

const REPORT_TIMEOUT_MS = 30_000;

/**
 * Runs one report statement in a read-only transaction with room to sort and hash in memory: a
 * network-wide report aggregates a few hundred thousand rows, which PostgreSQL's default 4 MB
 * would spill to disk.
 */
export async function reportRows<TRow>(ctx: ActorContext, query: Prisma.Sql): Promise<TRow[]> {
  if (ctx.reportSnapshot) return ctx.reportSnapshot.$queryRaw<TRow[]>(query);
  const [, , rows] = await ctx.db.$transaction(
    [
      ctx.db.$executeRaw`SET TRANSACTION READ ONLY`,
      ctx.db.$executeRaw`SET LOCAL work_mem = '64MB'`,
      ctx.db.$queryRaw<TRow[]>(query),
      // A network-wide report may take seconds on a busy server; Prisma's default is 5.
    ],
    { timeout: REPORT_TIMEOUT_MS },
  );
  return rows;
}

/** A report statement that returns one row (each column a table of the section, as JSON). */
export async function runReport<TRow>(ctx: ActorContext, query: Prisma.Sql): Promise<TRow> {
  const [row] = await reportRows<TRow>(ctx, query);
  if (!row) throw new Error('A report statement returned no row.');
  return row;
}

/**
 * Runs `count` inside one read-only, repeatable-read transaction with the report settings, every
 * report statement of `ctx` on it: one snapshot for all of them, however long they take together.
 */
export async function inReportSnapshot<T>(
  ctx: ActorContext,
  timeoutMs: number,
  count: (ctx: ActorContext) => Promise<T>,
): Promise<T> {
  return ctx.db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET TRANSACTION READ ONLY`;
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      return count({ ...ctx, reportSnapshot: tx });
    },
    {
      isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
      timeout: timeoutMs,
      maxWait: timeoutMs,
    },
  );
}
