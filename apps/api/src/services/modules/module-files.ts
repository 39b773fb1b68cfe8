import { importModuleContent } from '@preceptor/db/modules/import-module-content';
import { DomainError } from '@preceptor/domain/errors';
import { ModuleDraft } from '@preceptor/domain/modules/module-content';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext, ServiceContext } from '../service-context.ts';
import { versionContent } from './authoring.ts';

/**
 * Imports a module file as a new DRAFT version (a new module when the slug is new). Never
 * published directly: an admin reviews the draft in the portal and publishes it. So a file
 * meets the draft's rules, as the export of a draft does; publishing checks it is complete.
 */
export async function importModuleFile(
  ctx: ActorContext,
  input: { text: string },
): Promise<{ moduleId: string; versionId: string; version: number; status: 'DRAFT' }> {
  const { db, meta } = ctx;
  const actorId = ctx.actor.userId;
  const { text } = input;
  // yaml loads with the first module file, not at start-up (bench:start).
  const { parse } = await import('yaml');
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new DomainError('BAD_INPUT', `This is not valid YAML or JSON: ${(error as Error).message}`, {
      fieldErrors: { text: ['Not valid YAML or JSON.'] },
    });
  }
  const parsed = ModuleDraft.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(module)'}: ${issue.message}`,
    );
    throw new DomainError(
      'BAD_INPUT',
      `The module file has ${problems.length} problem(s): ${problems.slice(0, 10).join('; ')}`,
      {
        fieldErrors: { text: problems },
      },
    );
  }
  return db.$transaction(async (tx) => {
    const existingDraft = await tx.moduleVersion.findFirst({
      where: { status: 'DRAFT', module: { slug: parsed.data.slug } },
      select: { version: true },
    });
    if (existingDraft) {
      throw new DomainError(
        'CONFLICT',
        `"${parsed.data.slug}" already has a draft (version ${existingDraft.version}); publish or edit it first.`,
      );
    }
    const imported = await importModuleContent(tx, parsed.data, { publish: false, createdById: actorId });
    await writeAudit(tx, actorId, meta, {
      action: 'module.import',
      entityType: 'ModuleVersion',
      entityId: imported.versionId,
      metadata: { slug: imported.slug, version: imported.version },
    });
    return {
      moduleId: imported.moduleId,
      versionId: imported.versionId,
      version: imported.version,
      status: 'DRAFT',
    };
  });
}

/** A version as a YAML module file, the same format the content folder and import use. */
export async function exportModuleFile(
  ctx: ServiceContext,
  input: { versionId: string },
): Promise<{ fileName: string; text: string }> {
  const { content, version } = await versionContent(ctx, input);
  const { stringify } = await import('yaml');
  return { fileName: `${content.slug}-v${version}.yaml`, text: stringify(content, { lineWidth: 100 }) };
}
