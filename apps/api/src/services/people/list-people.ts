import type { Prisma } from '@preceptor/db';
import { type AccessStatus, accessStatusOf } from '@preceptor/domain/people/access-status';
import type { ListPeopleInput, PeoplePage } from '@preceptor/domain/people/people-schemas';
import type { Actor } from '@preceptor/domain/permissions/actor';
import { peopleInScope } from '../access/scope.ts';
import type { ActorContext } from '../service-context.ts';

type PeopleFilter = Pick<ListPeopleInput, 'search' | 'hospitalId' | 'profession' | 'specialty'> &
  Partial<Pick<ListPeopleInput, 'cohortRole' | 'status' | 'access'>>;

const OPEN_MEMBERSHIP = { active: true, cohort: { status: { not: 'CLOSED' } } } as const;

/** A set-password link that still works at `now`. */
export function openInvitation(now: Date): Prisma.PasswordSetupTokenWhereInput {
  return { usedAt: null, revokedAt: null, expiresAt: { gt: now } };
}

/** People at one step of getting in (see accessStatusOf, which this mirrors in SQL). */
export function accessWhere(status: AccessStatus, now: Date): Prisma.UserWhereInput {
  const notSignedIn = { lastSignedInAt: null };
  switch (status) {
    case 'SIGNED_IN':
      return { lastSignedInAt: { not: null } };
    case 'PASSWORD_SET':
      return { ...notSignedIn, passwordHash: { not: null } };
    case 'INVITED':
      return { ...notSignedIn, passwordHash: null, passwordSetupTokens: { some: openInvitation(now) } };
    case 'INVITATION_LAPSED':
      return {
        ...notSignedIn,
        passwordHash: null,
        AND: [{ passwordSetupTokens: { some: {} } }, { passwordSetupTokens: { none: openInvitation(now) } }],
      };
    case 'NEVER_INVITED':
      return { ...notSignedIn, passwordHash: null, passwordSetupTokens: { none: {} } };
  }
}

/** The people a staff member may see that match a filter; shared by the table, invitations and "add by filter". */
export function peopleWhere(actor: Actor, filter: PeopleFilter, now: Date): Prisma.UserWhereInput {
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
      filter.access ? accessWhere(filter.access, now) : {},
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
  const now = ctx.clock.now();
  const where = peopleWhere(actor, input, now);
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
        lastSignedInAt: true,
        passwordHash: true,
        passwordSetupTokens: { select: TOKEN_SELECT, orderBy: { createdAt: 'desc' }, take: 1 },
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
      access: accessOf(person, now).access,
      hospitalName: person.hospital?.name ?? null,
      profession: person.profile?.profession ?? null,
      specialty: person.profile?.specialty ?? null,
      cohortRoles: [...new Set(person.memberships.map((m) => m.role))].sort(),
    })),
  };
}

export const TOKEN_SELECT = { usedAt: true, revokedAt: true, expiresAt: true } as const;

/** A person's step in getting in, from their newest set-password link (issuing one expires the rest). */
export function accessOf(
  person: {
    lastSignedInAt: Date | null;
    passwordHash: string | null;
    passwordSetupTokens: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }[];
  },
  now: Date,
): { access: AccessStatus; invitationExpiresAt: Date | null } {
  const newest = person.passwordSetupTokens[0];
  const open = newest && !newest.usedAt && !newest.revokedAt && newest.expiresAt > now ? newest : null;
  const access = accessStatusOf({
    hasPassword: person.passwordHash !== null,
    lastSignedInAt: person.lastSignedInAt,
    everInvited: newest !== undefined,
    openInvitationExpiresAt: open?.expiresAt ?? null,
  });
  return { access, invitationExpiresAt: access === 'INVITED' ? (open?.expiresAt ?? null) : null };
}
