import { Prisma } from '@preceptor/db';

/**
 * A moment as SQL for comparing with Prisma's `DateTime` columns (timestamp(3) holding UTC),
 * whatever the session's time zone.
 */
export function asTimestamp(moment: Date): Prisma.Sql {
  return Prisma.sql`(${moment.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}
