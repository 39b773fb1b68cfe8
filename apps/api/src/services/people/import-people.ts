import {
  type ExistingPerson,
  PeopleImportRefused,
  importPeople as writeImport,
} from '@preceptor/db/people/import-people';
import { DomainError } from '@preceptor/domain/errors';
import { checkPeopleCsv, type ImportProblem } from '@preceptor/domain/people/people-import';
import type { ImportPeopleInput, ImportPeopleResult } from '@preceptor/domain/people/person-schemas';
import { type Actor, canAdministerHospital } from '@preceptor/domain/permissions/actor';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { reachRefusal } from '../access/person-access.ts';
import { writeAudit } from '../audit-log.ts';
import { sendInvitations } from '../invitations/send-invitations.ts';
import type { ActorContext } from '../service-context.ts';
import { accessWhere } from './list-people.ts';

function existingPersonProblem(actor: Actor, person: ExistingPerson): ImportProblem[] {
  const refusal = reachRefusal(actor, person);
  if (refusal === 'OUT_OF_SCOPE') {
    return [
      {
        line: person.line,
        message: `${person.email} already has an account at a hospital you do not coordinate, so this import cannot change it.`,
      },
    ];
  }
  if (refusal === 'STAFF') {
    return [
      {
        line: person.line,
        message: `${person.email} is a coordinator or network admin; only a network admin can change their account.`,
      },
    ];
  }
  return [];
}

function refused(problems: ImportProblem[]): DomainError {
  const rows = new Set(problems.map((p) => p.line).filter((line) => line !== null)).size;
  const message =
    rows > 0
      ? `Nothing was imported: ${rows} ${rows === 1 ? 'row needs' : 'rows need'} fixing.`
      : `Nothing was imported: ${problems[0]?.message ?? 'the file is not usable.'}`;
  return new DomainError('BAD_INPUT', message, { problems });
}

/**
 * The portal's import: the same check as the preview (and the command line), limited to the
 * hospitals the staff member administers and to existing people they may change (the rule of
 * person-access), then one all-or-nothing transaction with its audit entry.
 */
export async function importPeopleCsv(
  ctx: ActorContext,
  input: ImportPeopleInput,
): Promise<ImportPeopleResult> {
  const { db, actor, meta } = ctx;
  const cohort = input.cohortId ? await cohortForStaff(db, actor, input.cohortId, true) : null;
  const hospitals = await db.hospital.findMany({
    where: { active: true },
    select: { id: true, code: true },
  });
  const allowed = hospitals.filter((h) => canAdministerHospital(actor, h.id));
  const checked = checkPeopleCsv(input.csv, {
    known: new Set(hospitals.map((h) => h.code)),
    allowed: new Set(allowed.map((h) => h.code)),
  });
  if (checked.problems.length > 0) throw refused(checked.problems);
  const usedCodes = new Set(checked.people.map((p) => p.hospitalCode));
  let result: ImportPeopleResult;
  try {
    result = await writeImport(db, checked.people, {
      cohortId: cohort?.id ?? null,
      movePeople: input.movePeople ?? false,
      vetExisting: (existing) => existing.flatMap((person) => existingPersonProblem(actor, person)),
      onImported: (tx, result) =>
        writeAudit(tx, actor.userId, meta, {
          action: 'people.import',
          entityType: cohort ? 'Cohort' : 'People',
          entityId: cohort?.id ?? 'portal',
          hospitalIds: hospitals.filter((h) => usedCodes.has(h.code)).map((h) => h.id),
          metadata: { source: 'portal', rows: checked.people.length, ...result },
        }),
    });
  } catch (error) {
    if (error instanceof PeopleImportRefused) throw refused(error.problems);
    throw error;
  }
  if (!input.invite) return result;
  // After the import committed: an invitation problem must not undo the people just imported.
  const invitees = await db.user.findMany({
    where: {
      AND: [
        { email: { in: checked.people.map((p) => p.email) } },
        accessWhere('NEVER_INVITED', ctx.clock.now()),
        { active: true, staffRoles: { none: {} } },
      ],
    },
    select: { id: true },
  });
  if (invitees.length === 0) return { ...result, invited: 0 };
  const outcome = await sendInvitations(
    ctx,
    invitees.map((person) => person.id),
    'import',
  );
  return { ...result, invited: outcome.invited };
}
