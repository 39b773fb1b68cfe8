import type { Db, Prisma } from '@preceptor/db';
import { EXPORT_LIST_LABELS, ExportList } from '@preceptor/domain/exports/export-table';
import type { HospitalScope } from '@preceptor/domain/permissions/actor';

/** What of an audit entry names its record. */
export interface AuditRecordSource {
  entityType: string;
  entityId: string;
  hospitalIds: readonly string[];
  metadata: Prisma.JsonValue;
}

interface PersonRow {
  firstName: string;
  lastName: string;
  hospitalId: string | null;
}

const personSelect = { firstName: true, lastName: true, hospitalId: true } as const;
const cohortSelect = { id: true, name: true, hospitals: { select: { hospitalId: true } } } as const;

interface CohortRow {
  name: string;
  hospitals: { hospitalId: string }[];
}
const OUTSIDE_PERSON = 'a person at another hospital';

function meta(entry: AuditRecordSource, key: string): string | null {
  const value = (entry.metadata as Record<string, Prisma.JsonValue> | null)?.[key];
  return typeof value === 'string' ? value : null;
}

function idsOf(entries: readonly AuditRecordSource[], type: string, key?: string): string[] {
  const ids = entries
    .filter((entry) => entry.entityType === type)
    .map((entry) => (key ? meta(entry, key) : entry.entityId));
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/**
 * Loads, in one query per kind, what names the records of a page of audit entries, and returns
 * a function naming each entry's record for this viewer: people outside the viewer's hospitals
 * stay unnamed, and a reflection is named by its author only, never by its title.
 */
export async function auditRecordNamer(
  db: Db,
  scope: HospitalScope,
  entries: readonly AuditRecordSource[],
  hospitalNames: ReadonlyMap<string, string>,
): Promise<(entry: AuditRecordSource) => string> {
  const sees = (hospitalId: string | null) =>
    scope.kind === 'all' || (hospitalId !== null && scope.hospitalIds.includes(hospitalId));
  const person = (row: PersonRow | null | undefined) =>
    !row
      ? 'a person no longer on record'
      : sees(row.hospitalId)
        ? `${row.firstName} ${row.lastName}`
        : OUTSIDE_PERSON;

  const pairSelect = { select: { user: { select: personSelect } } } as const;
  const matchIds = [...idsOf(entries, 'Match'), ...idsOf(entries, 'Meeting', 'matchId')];
  const membershipIds = [
    ...idsOf(entries, 'Membership'),
    ...idsOf(entries, 'PairRule', 'menteeMembershipId'),
    ...idsOf(entries, 'PairRule', 'mentorMembershipId'),
  ];
  const userIds = [...idsOf(entries, 'User'), ...idsOf(entries, 'StaffRole', 'userId')];
  const moduleIds = [...idsOf(entries, 'Module'), ...idsOf(entries, 'QuizAttempt', 'moduleId')];
  const [users, matches, memberships, reflections, versions, titles, roles, cohorts] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, ...personSelect } }),
    db.match.findMany({
      where: { id: { in: matchIds } },
      select: { id: true, mentee: pairSelect, mentor: pairSelect },
    }),
    db.membership.findMany({
      where: { id: { in: membershipIds } },
      select: { id: true, user: { select: personSelect }, cohort: { select: cohortSelect } },
    }),
    db.reflection.findMany({
      where: { id: { in: idsOf(entries, 'Reflection') } },
      select: { id: true, author: { select: personSelect } },
    }),
    db.moduleVersion.findMany({
      where: { id: { in: idsOf(entries, 'ModuleVersion') } },
      select: { id: true, title: true, version: true },
    }),
    db.moduleVersion.findMany({
      where: { moduleId: { in: moduleIds } },
      orderBy: [{ moduleId: 'asc' }, { version: 'desc' }],
      distinct: ['moduleId'],
      select: { moduleId: true, title: true },
    }),
    db.staffRole.findMany({
      where: { id: { in: idsOf(entries, 'StaffRole') } },
      select: { id: true, kind: true, user: { select: personSelect } },
    }),
    db.cohort.findMany({
      where: {
        id: {
          in: [...idsOf(entries, 'Cohort'), ...idsOf(entries, 'MatchRun', 'cohortId')],
        },
      },
      select: cohortSelect,
    }),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const matchById = new Map(matches.map((m) => [m.id, m]));
  const membershipById = new Map(memberships.map((m) => [m.id, m]));
  const reflectionById = new Map(reflections.map((r) => [r.id, r]));
  const versionById = new Map(versions.map((v) => [v.id, v]));
  const titleByModule = new Map(titles.map((t) => [t.moduleId, t.title]));
  const roleById = new Map(roles.map((r) => [r.id, r]));
  const cohortById = new Map(cohorts.map((c) => [c.id, c]));
  const hospitalName = (id: string | null | undefined) =>
    id && sees(id) ? (hospitalNames.get(id) ?? 'a hospital') : 'another hospital';
  const cohortLabel = (cohort: CohortRow | undefined) => {
    if (!cohort) return 'a cohort';
    return cohort.hospitals.some((h) => sees(h.hospitalId)) ? cohort.name : 'a cohort of other hospitals';
  };
  const cohortName = (id: string | null) => cohortLabel(id ? cohortById.get(id) : undefined);
  const pair = (match: { mentee: { user: PersonRow }; mentor: { user: PersonRow } } | undefined) =>
    match ? `${person(match.mentee.user)} (mentee) and ${person(match.mentor.user)} (mentor)` : 'two people';
  const moduleTitle = (id: string | null) => (id && titleByModule.get(id)) || 'a module';

  return (entry) => {
    const id = entry.entityId;
    switch (entry.entityType) {
      case 'User':
        return person(userById.get(id));
      case 'Cohort':
        return cohortName(id);
      case 'People':
        return '';
      case 'Hospital':
        return hospitalName(id);
      case 'Match':
        return pair(matchById.get(id));
      case 'Meeting':
        return pair(matchById.get(meta(entry, 'matchId') ?? ''));
      case 'PairRule': {
        const mentee = membershipById.get(meta(entry, 'menteeMembershipId') ?? '');
        const mentor = membershipById.get(meta(entry, 'mentorMembershipId') ?? '');
        return mentee && mentor ? pair({ mentee, mentor }) : 'two people';
      }
      case 'Membership': {
        const membership = membershipById.get(id);
        return membership
          ? `${person(membership.user)} (${cohortLabel(membership.cohort)})`
          : 'a cohort member';
      }
      case 'MatchRun':
        return cohortName(meta(entry, 'cohortId'));
      case 'Reflection':
        return `a reflection by ${person(reflectionById.get(id)?.author)}`;
      case 'Module':
        return moduleTitle(id);
      case 'QuizAttempt':
        return moduleTitle(meta(entry, 'moduleId'));
      case 'ModuleVersion': {
        const version = versionById.get(id);
        return version ? `${version.title} (version ${version.version})` : 'a module';
      }
      case 'StaffRole': {
        const role = roleById.get(id);
        const kind = meta(entry, 'kind') ?? role?.kind;
        const holder = role ? person(role.user) : person(userById.get(meta(entry, 'userId') ?? ''));
        return kind === 'NETWORK_ADMIN'
          ? `the network admin role to ${holder}`
          : `the coordinator role at ${hospitalName(entry.hospitalIds[0])} to ${holder}`;
      }
      case 'Export':
        return exportLabel(entry);
      default:
        return entry.entityType;
    }
  };
}

/** "People as CSV (12 rows)": what an export entry's metadata says, never the rows themselves. */
function exportLabel(entry: AuditRecordSource): string {
  const list = ExportList.safeParse(meta(entry, 'list'));
  const format = meta(entry, 'format')?.toUpperCase() ?? 'a file';
  const rows = (entry.metadata as Record<string, Prisma.JsonValue> | null)?.rows;
  const count = typeof rows === 'number' ? ` (${rows} ${rows === 1 ? 'row' : 'rows'})` : '';
  return `${list.success ? EXPORT_LIST_LABELS[list.data] : 'a list'} as ${format}${count}`;
}
