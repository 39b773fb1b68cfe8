import type { PrismaClient } from '@preceptor/db';
import type { Actor } from '@preceptor/domain/permissions/actor';
import type { ReflectionStatusRow } from '@preceptor/domain/reflections/reflection-io-schemas';
import { peopleInScope } from '../scope.ts';

/**
 * What staff may know of reflections at their hospitals: that they exist, their status and
 * dates. The query never selects a title or body, and the output schema would drop them anyway.
 */
export async function reflectionStatusReport(
  prisma: PrismaClient,
  actor: Actor,
): Promise<ReflectionStatusRow[]> {
  const rows = await prisma.reflection.findMany({
    where: { author: peopleInScope(actor) },
    orderBy: { updatedAt: 'desc' },
    take: 500,
    select: {
      id: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      sharedAt: true,
      author: { select: { firstName: true, lastName: true, hospital: { select: { name: true } } } },
      _count: { select: { reviews: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    authorName: `${row.author.firstName} ${row.author.lastName}`,
    hospitalName: row.author.hospital?.name ?? null,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    sharedAt: row.sharedAt,
    reviewCount: row._count.reviews,
  }));
}
