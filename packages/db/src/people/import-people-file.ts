import { checkPeopleCsv, type ImportProblem } from '@preceptor/domain/people/people-import';
import type { ImportPeopleResult } from '@preceptor/domain/people/person-schemas';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { importPeople, PeopleImportRefused } from './import-people.ts';

export type ImportFileOutcome =
  | { ok: true; result: ImportPeopleResult; cohortName: string | null }
  | { ok: false; problems: ImportProblem[] };

/**
 * The command line's import (`pnpm people:import`): checks the whole file against the partner
 * hospitals, then imports it, optionally into a cohort named by id or name. Entries in the audit
 * log have no actor: the person at the terminal is not a Preceptor account.
 */
export async function importPeopleFile(
  prisma: PrismaClient,
  csv: string,
  options: { cohort?: string | null; movePeople?: boolean; fileName: string },
): Promise<ImportFileOutcome> {
  let cohort: { id: string; name: string } | null = null;
  if (options.cohort) {
    const found = await prisma.cohort.findMany({
      where: { OR: [{ id: options.cohort }, { name: { equals: options.cohort, mode: 'insensitive' } }] },
      select: { id: true, name: true },
    });
    if (found.length === 0) {
      return {
        ok: false,
        problems: [{ line: null, message: `No cohort has the id or name "${options.cohort}".` }],
      };
    }
    if (found.length > 1) {
      const ids = found.map((c) => `${c.id} (${c.name})`).join(', ');
      return {
        ok: false,
        problems: [
          { line: null, message: `Several cohorts match "${options.cohort}": ${ids}. Give the id.` },
        ],
      };
    }
    cohort = found[0] ?? null;
  }

  const hospitals = await prisma.hospital.findMany({ where: { active: true }, select: { code: true } });
  const checked = checkPeopleCsv(csv, { known: new Set(hospitals.map((h) => h.code)) });
  if (checked.problems.length > 0) return { ok: false, problems: checked.problems };

  try {
    const result = await importPeople(prisma, checked.people, {
      cohortId: cohort?.id ?? null,
      movePeople: options.movePeople ?? false,
      onImported: async (tx, counts) => {
        const codes = [...new Set(checked.people.map((p) => p.hospitalCode))];
        const ids = await tx.hospital.findMany({ where: { code: { in: codes } }, select: { id: true } });
        await tx.auditLog.create({
          data: {
            actorId: null,
            action: 'people.import',
            entityType: cohort ? 'Cohort' : 'People',
            entityId: cohort?.id ?? 'command-line',
            hospitalIds: ids.map((h) => h.id),
            metadata: {
              source: 'command line',
              file: options.fileName,
              rows: checked.people.length,
              ...counts,
            },
          },
        });
      },
    });
    return { ok: true, result, cohortName: cohort?.name ?? null };
  } catch (error) {
    if (error instanceof PeopleImportRefused) return { ok: false, problems: error.problems };
    throw error;
  }
}
