import type { Prisma } from '@preceptor/db';
import type { ListPeopleInput, PeoplePage } from '@preceptor/domain/people/people-schemas';
import type { Actor } from '@preceptor/domain/permissions/actor';
import { peopleInScope } from '../access/scope.ts';
import type { ActorContext } from '../service-context.ts';

type PeopleFilter = Pick<ListPeopleInput, 'search' | 'hospitalId' | 'profession' | 'specialty'> &
  Partial<Pick<ListPeopleInput, 'cohortRole' | 'status'>>;

const OPEN_MEMBERSHIP = { active: true, cohort: { status: { not: 'CLOSED' } } } as const;

/** The people a staff member may see that match a filter; shared by the table and "add by filter". */
export function peopleWhere(actor: Actor, filter: PeopleFilter): Prisma.UserWhereInput {
  const search = filter.search?.trim();
  const specialty = filter.specialty?.trim();
  return {
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
      filter.hospitalId ? { hospitalId: filter.hospitalId } : {},
      filter.profession ? { profile: { profession: filter.profession } } : {},
      specialty ? { profile: { specialty: { contains: specialty, mode: 'insensitive' } } } : {},
      filter.cohortRole === 'NONE'
        ? { memberships: { none: OPEN_MEMBERSHIP } }
        : filter.cohortRole
          ? { memberships: { some: { ...OPEN_MEMBERSHIP, role: filter.cohortRole } } }
          : {},
      filter.status === 'ALL' || filter.status === undefined ? {} : { active: filter.status === 'ACTIVE' },
    ],
  };
}

function orderBy(input: ListPeopleInput): Prisma.UserOrderByWithRelationInput[] {
  const dir = input.descending ? 'desc' : 'asc';
  switch (input.sort) {
    case 'email':
      return [{ email: dir }];
    case 'hospital':
      return [{ hospital: { name: dir } }, { lastName: 'asc' }];
    case 'profession':
      return [{ profile: { profession: dir } }, { lastName: 'asc' }];
    case 'createdAt':
      return [{ createdAt: dir }];
    default:
      return [{ lastName: dir }, { firstName: dir }, { id: 'asc' }];
  }
}

export async function listPeople(ctx: ActorContext, input: ListPeopleInput): Promise<PeoplePage> {
  const { db, actor } = ctx;
  const where = peopleWhere(actor, input);
  const [total, people] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: orderBy(input),
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
        memberships: { where: OPEN_MEMBERSHIP, select: { role: true } },
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
      cohortRoles: [...new Set(person.memberships.map((m) => m.role))].sort(),
    })),
  };
}
