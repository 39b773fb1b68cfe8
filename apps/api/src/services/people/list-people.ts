import type { Prisma, PrismaClient } from '@preceptor/db';
import type { ListPeopleInput, PeoplePage } from '@preceptor/domain/people/people-schemas';
import type { Actor } from '@preceptor/domain/permissions/actor';
import { peopleInScope } from '../scope.ts';

export async function listPeople(
  prisma: PrismaClient,
  actor: Actor,
  input: ListPeopleInput,
): Promise<PeoplePage> {
  const search = input.search?.trim();
  const where: Prisma.UserWhereInput = {
    AND: [
      peopleInScope(actor),
      search
        ? {
            OR: [
              { firstName: { contains: search, mode: 'insensitive' } },
              { lastName: { contains: search, mode: 'insensitive' } },
              { email: { contains: search, mode: 'insensitive' } },
            ],
          }
        : {},
    ],
  };
  const [total, people] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        active: true,
        hospital: { select: { name: true } },
        profile: { select: { profession: true, specialty: true } },
      },
    }),
  ]);
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    rows: people.map((person) => ({
      id: person.id,
      name: `${person.firstName} ${person.lastName}`,
      email: person.email,
      active: person.active,
      hospitalName: person.hospital?.name ?? null,
      profession: person.profile?.profession ?? null,
      specialty: person.profile?.specialty ?? null,
    })),
  };
}
