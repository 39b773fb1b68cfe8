import type { Prisma } from '@preceptor/db';
import type { ActorContext } from '../service-context.ts';

const REPORT_TIMEOUT_MS = 30_000;

/**
 * Runs one report statement in a read-only transaction with room to sort and hash in memory: a
 * network-wide report aggregates a few hundred thousand rows, which PostgreSQL's default 4 MB
 * would spill to disk.
 */
export async function reportRows<TRow>(ctx: ActorContext, query: Prisma.Sql): Promise<TRow[]> {
  const [, , rows] = await ctx.db.$transaction(
    [
      ctx.db.$executeRaw`SET TRANSACTION READ ONLY`,
      ctx.db.$executeRaw`SET LOCAL work_mem = '64MB'`,
      ctx.db.$queryRaw<TRow[]>(query),
      // A network-wide report may take seconds on a busy server; Prisma's default is 5.
    ],
    { timeout: ctx.reportTimeoutMs ?? REPORT_TIMEOUT_MS },
  );
  return rows;
}

/** A report statement that returns one row (each column a table of the section, as JSON). */
export async function runReport<TRow>(ctx: ActorContext, query: Prisma.Sql): Promise<TRow> {
  const [row] = await reportRows<TRow>(ctx, query);
  if (!row) throw new Error('A report statement returned no row.');
  return row;
}
