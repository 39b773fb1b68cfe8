import { DomainError } from '@preceptor/domain/errors';
import { EXPORT_FILTERS, type ExportFilters } from '@preceptor/domain/exports/export-filters';
import {
  EXPORT_ROW_LIMIT,
  type ExportList,
  type ExportTable,
  exportTooLargeMessage,
} from '@preceptor/domain/exports/export-table';
import { ACCESS_STATUS_LABELS } from '@preceptor/domain/people/access-status';
import { PROFESSION_LABELS, type Profession } from '@preceptor/domain/people/people-schemas';
import { staffScope } from '@preceptor/domain/permissions/actor';
import { DRILL_DOWN_COLUMNS, drillDownHeading } from '@preceptor/domain/reports/drill-down-schemas';
import { drillDownTitle } from '@preceptor/domain/reports/drill-down-title';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { allAuditRows } from '../audit/list-audit.ts';
import { listMembers } from '../cohorts/cohort-members.ts';
import { listCohortMatches } from '../matching/cohort-matches.ts';
import { listPeople } from '../people/list-people.ts';
import { drillDown } from '../reports/drill-down.ts';
import type { ActorContext } from '../service-context.ts';

/** A list ready to write, with what its audit entry and file name need. */
export interface ListExport {
  table: ExportTable;
  /** Hospitals the export concerns, so their coordinators see it in the audit log. */
  hospitalIds: string[];
  /** The record the audit entry points to: the cohort for a cohort's lists, else the list. */
  entityId: string;
  /** Words for the file name after the list's own (a cohort's name). */
  nameParts: string[];
}

/** A drill-down value as a cell: dates as ISO days, the rest as they are. */
function exportCell(value: unknown): string | number | boolean | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === undefined || value === null) return null;
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

const profession = (value: Profession | null) => (value ? PROFESSION_LABELS[value] : null);
const role = (value: 'MENTOR' | 'MENTEE') => (value === 'MENTOR' ? 'Mentor' : 'Mentee');

function assertWithinLimit(total: number): void {
  if (total > EXPORT_ROW_LIMIT) throw new DomainError('BAD_INPUT', exportTooLargeMessage(total));
}

/**
 * The hospitals an export concerns: the one filtered on, else all the viewer's (none for an
 * admin's whole-network export). Never a hospital outside the viewer's own, so a coordinator's
 * export cannot appear in another hospital's log.
 */
function scopeHospitalIds(ctx: ActorContext, filteredOn?: string): string[] {
  const scope = staffScope(ctx.actor);
  if (!scope) throw new DomainError('FORBIDDEN', 'This is for program staff.');
  if (filteredOn && (scope.kind === 'all' || scope.hospitalIds.includes(filteredOn))) return [filteredOn];
  return scope.kind === 'all' ? [] : [...scope.hospitalIds];
}

/**
 * Each list is read through the very service behind its page, with the page's filters and one
 * big page, so a download holds exactly the rows the same person sees on screen.
 */
const BUILDERS: { [L in ExportList]: (ctx: ActorContext, filters: ExportFilters<L>) => Promise<ListExport> } =
  {
    async people(ctx, filters) {
      const page = await listPeople(ctx, { ...filters, page: 1, pageSize: EXPORT_ROW_LIMIT });
      assertWithinLimit(page.total);
      return {
        table: {
          columns: [
            { key: 'name', label: 'Name' },
            { key: 'email', label: 'Email' },
            { key: 'hospital', label: 'Hospital' },
            { key: 'profession', label: 'Profession' },
            { key: 'specialty', label: 'Specialty' },
            { key: 'roles', label: 'Roles in open cohorts' },
            { key: 'status', label: 'Status' },
            { key: 'access', label: 'Getting in' },
          ],
          rows: page.rows.map((person) => ({
            name: person.name,
            email: person.email,
            hospital: person.hospitalName,
            profession: profession(person.profession),
            specialty: person.specialty,
            roles: person.cohortRoles.map(role).join(', '),
            status: person.active ? 'Active' : 'Deactivated',
            access: ACCESS_STATUS_LABELS[person.access],
          })),
        },
        hospitalIds: scopeHospitalIds(ctx, filters.hospitalId),
        entityId: 'people',
        nameParts: [],
      };
    },

    async 'cohort-members'(ctx, filters) {
      const cohort = await cohortForStaff(ctx.db, ctx.actor, filters.cohortId, false);
      const page = await listMembers(ctx, { ...filters, page: 1, pageSize: EXPORT_ROW_LIMIT });
      assertWithinLimit(page.total);
      return {
        table: {
          columns: [
            { key: 'name', label: 'Name' },
            { key: 'email', label: 'Email' },
            { key: 'hospital', label: 'Hospital' },
            { key: 'profession', label: 'Profession' },
            { key: 'role', label: 'Role' },
            { key: 'capacity', label: 'Mentee capacity' },
            { key: 'status', label: 'Account' },
            { key: 'joinedAt', label: 'Joined' },
          ],
          rows: page.rows.map((member) => ({
            name: member.name,
            email: member.email,
            hospital: member.hospitalName,
            profession: profession(member.profession),
            role: role(member.role),
            capacity: member.capacity,
            status: member.personActive ? 'Active' : 'Deactivated',
            joinedAt: member.joinedAt,
          })),
        },
        hospitalIds: cohort.myHospitalIds,
        entityId: cohort.id,
        nameParts: [cohort.name],
      };
    },

    async 'cohort-matches'(ctx, filters) {
      const cohort = await cohortForStaff(ctx.db, ctx.actor, filters.cohortId, false);
      const matches = await listCohortMatches(ctx, filters);
      assertWithinLimit(matches.length);
      return {
        table: {
          columns: [
            { key: 'mentee', label: 'Mentee' },
            { key: 'menteeHospital', label: 'Mentee’s hospital' },
            { key: 'mentor', label: 'Mentor' },
            { key: 'mentorHospital', label: 'Mentor’s hospital' },
            { key: 'status', label: 'Status' },
            { key: 'score', label: 'Score' },
            { key: 'activatedAt', label: 'Started' },
            { key: 'endedAt', label: 'Ended' },
            { key: 'endReason', label: 'Reason ended' },
            { key: 'meetings', label: 'Meetings logged' },
            { key: 'lastMeeting', label: 'Last meeting' },
          ],
          rows: matches.map((match) => ({
            mentee: match.mentee.name,
            menteeHospital: match.mentee.hospitalName,
            mentor: match.mentor.name,
            mentorHospital: match.mentor.hospitalName,
            status: match.status === 'ACTIVE' ? 'Active' : 'Ended',
            score: Math.round(match.score * 100) / 100,
            activatedAt: match.activatedAt,
            endedAt: match.endedAt,
            endReason: match.endReason,
            meetings: match.meetings.count,
            lastMeeting: match.meetings.lastAt,
          })),
        },
        hospitalIds: cohort.myHospitalIds,
        entityId: cohort.id,
        nameParts: [cohort.name],
      };
    },

    async 'report-people'(ctx, filters) {
      // The drill-down's own service: the same scope, figure and filters as the list on screen.
      const page = await drillDown(ctx, { ...filters, page: 1 }, EXPORT_ROW_LIMIT);
      if (page.totalCapped) throw new DomainError('BAD_INPUT', exportTooLargeMessage(page.total, true));
      assertWithinLimit(page.total);
      const columns = DRILL_DOWN_COLUMNS[filters.figure];
      return {
        table: {
          columns: columns.map((key) => ({ key, label: drillDownHeading(filters.figure, key) })),
          rows: page.rows.map((row) => Object.fromEntries(columns.map((key) => [key, exportCell(row[key])]))),
        },
        hospitalIds: scopeHospitalIds(ctx, filters.hospitalId),
        entityId: filters.cohortId ?? 'reports',
        nameParts: [drillDownTitle(filters)],
      };
    },

    async audit(ctx, filters) {
      const { total, rows } = await allAuditRows(ctx, filters, EXPORT_ROW_LIMIT);
      assertWithinLimit(total);
      return {
        table: {
          columns: [
            { key: 'when', label: 'When (UTC)' },
            { key: 'who', label: 'Who' },
            { key: 'email', label: 'Their email' },
            { key: 'what', label: 'What happened' },
            { key: 'action', label: 'Action code' },
            { key: 'hospitals', label: 'Hospitals' },
            { key: 'details', label: 'Details' },
          ],
          rows: rows.map((row) => ({
            when: row.createdAt,
            who: row.actorName ?? (row.action === 'people.import' ? 'Command line' : 'System'),
            email: row.actorEmail,
            what: row.sentence,
            action: row.action,
            hospitals: row.hospitals.join(', '),
            details: row.summary,
          })),
        },
        hospitalIds: scopeHospitalIds(ctx),
        entityId: 'audit',
        nameParts: [],
      };
    },
  };

export function buildListExport<L extends ExportList>(
  ctx: ActorContext,
  list: L,
  filters: ExportFilters<L>,
): Promise<ListExport> {
  return BUILDERS[list](ctx, filters);
}

/** Parses a download link's query string with the list's own filter schema. */
export function parseExportFilters<L extends ExportList>(list: L, query: unknown): ExportFilters<L> {
  const parsed = EXPORT_FILTERS[list].safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'filters';
    throw new DomainError(
      'BAD_INPUT',
      `The export’s filter “${field}” is not valid: ${issue?.message ?? 'check it'}.`,
    );
  }
  return parsed.data as ExportFilters<L>;
}
