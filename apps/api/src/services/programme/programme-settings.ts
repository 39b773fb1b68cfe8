import type { Db } from '@preceptor/db';
import type { SettingsOf } from '@preceptor/domain/programme/module-reminders';
import {
  type CohortProgrammeSettings,
  DEFAULT_PROGRAMME_SETTINGS,
  ProgrammeSettings,
  type UpdateProgrammeSettingsInput,
} from '@preceptor/domain/programme/programme-settings';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';

const SETTING_FIELDS = Object.keys(DEFAULT_PROGRAMME_SETTINGS) as (keyof ProgrammeSettings)[];

function pickSettings(row: Record<string, unknown>): ProgrammeSettings {
  return ProgrammeSettings.parse(Object.fromEntries(SETTING_FIELDS.map((field) => [field, row[field]])));
}

/** Every cohort's settings in one query, for the scans: a cohort without a row has the defaults. */
export async function loadSettingsOf(db: Db, cohortIds: readonly string[]): Promise<SettingsOf> {
  const rows = await db.cohortProgrammeSettings.findMany({
    where: { cohortId: { in: [...new Set(cohortIds)] } },
  });
  const byCohort = new Map(rows.map((row) => [row.cohortId, pickSettings(row)]));
  return (cohortId) => byCohort.get(cohortId) ?? DEFAULT_PROGRAMME_SETTINGS;
}

export async function getProgrammeSettings(
  ctx: ActorContext,
  input: { cohortId: string },
): Promise<CohortProgrammeSettings> {
  const cohort = await cohortForStaff(ctx.db, ctx.actor, input.cohortId, false);
  const row = await ctx.db.cohortProgrammeSettings.findUnique({ where: { cohortId: cohort.id } });
  return {
    cohortId: cohort.id,
    settings: row ? pickSettings(row) : DEFAULT_PROGRAMME_SETTINGS,
    customised: row !== null,
    readOnly: cohort.status === 'CLOSED',
  };
}

/** Staff of the cohort change what it sends; a change to a cohort is audited with the new values. */
export async function updateProgrammeSettings(
  ctx: ActorContext,
  input: UpdateProgrammeSettingsInput,
): Promise<CohortProgrammeSettings> {
  const { actor, meta } = ctx;
  return ctx.db.$transaction(async (tx) => {
    const cohort = await cohortForStaff(tx, actor, input.cohortId, true);
    const data = { ...input.settings, updatedById: actor.userId };
    await tx.cohortProgrammeSettings.upsert({
      where: { cohortId: cohort.id },
      create: { cohortId: cohort.id, ...data },
      update: data,
    });
    await writeAudit(tx, actor.userId, meta, {
      action: 'cohort.reminders.update',
      entityType: 'Cohort',
      entityId: cohort.id,
      hospitalIds: cohort.hospitalIds,
      metadata: input.settings,
    });
    return { cohortId: cohort.id, settings: input.settings, customised: true, readOnly: false };
  });
}
