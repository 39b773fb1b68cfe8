import type { Prisma } from '@preceptor/db';
import { versionColumns, writeVersionSections } from '@preceptor/db/modules/version-rows';
import { DomainError } from '@preceptor/domain/errors';
import { fieldErrorsOf } from '@preceptor/domain/field-errors';
import type {
  CatalogueEntry,
  ModuleVersionSummary,
  UpdateDraftInput,
  VersionContent,
} from '@preceptor/domain/modules/authoring-schemas';
import { PublishableModule } from '@preceptor/domain/modules/module-publishing';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext, ServiceContext } from '../service-context.ts';
import { versionSelect } from './module-record.ts';
import { versionToContent } from './version-content.ts';

type Saved = {
  moduleId: string;
  versionId: string;
  version: number;
  status: 'DRAFT' | 'PUBLISHED' | 'RETIRED';
};

export async function catalogue(ctx: ServiceContext): Promise<CatalogueEntry[]> {
  const { db } = ctx;
  const modules = await db.module.findMany({
    orderBy: { slug: 'asc' },
    select: {
      id: true,
      slug: true,
      archived: true,
      versions: {
        orderBy: { version: 'desc' },
        select: { id: true, version: true, status: true, title: true },
      },
    },
  });
  return modules.map((module) => ({
    moduleId: module.id,
    slug: module.slug,
    title: module.versions[0]?.title ?? module.slug,
    archived: module.archived,
    publishedVersion: module.versions.find((version) => version.status === 'PUBLISHED')?.version ?? null,
    draftVersionId: module.versions.find((version) => version.status === 'DRAFT')?.id ?? null,
    versionCount: module.versions.length,
  }));
}

export async function moduleVersions(
  ctx: ServiceContext,
  input: { moduleId: string },
): Promise<ModuleVersionSummary[]> {
  const { db } = ctx;
  const { moduleId } = input;
  const versions = await db.moduleVersion.findMany({
    where: { moduleId },
    orderBy: { version: 'desc' },
    select: {
      id: true,
      version: true,
      status: true,
      title: true,
      publishedAt: true,
      createdAt: true,
      _count: { select: { progress: true } },
    },
  });
  if (versions.length === 0) throw new DomainError('NOT_FOUND', 'No such module.');
  return versions.map((version) => ({
    versionId: version.id,
    version: version.version,
    status: version.status,
    title: version.title,
    publishedAt: version.publishedAt,
    createdAt: version.createdAt,
    learners: version._count.progress,
  }));
}

export async function versionContent(
  ctx: ServiceContext,
  input: { versionId: string },
): Promise<VersionContent> {
  const { db } = ctx;
  const { versionId } = input;
  const version = await db.moduleVersion.findUnique({
    where: { id: versionId },
    select: { ...versionSelect, moduleId: true, status: true, module: { select: { slug: true } } },
  });
  if (!version) throw new DomainError('NOT_FOUND', 'No such module version.');
  return {
    versionId: version.id,
    moduleId: version.moduleId,
    version: version.version,
    status: version.status,
    content: versionToContent(version.module.slug, version),
  };
}

/**
 * A new draft copied from the latest version. One draft at a time: a second would fork the
 * module's next version, so the existing draft is returned instead.
 */
export async function createDraft(ctx: ActorContext, input: { moduleId: string }): Promise<Saved> {
  const { db, meta } = ctx;
  const actorId = ctx.actor.userId;
  const { moduleId } = input;
  return db.$transaction(async (tx) => {
    const latest = await tx.moduleVersion.findFirst({
      where: { moduleId },
      orderBy: { version: 'desc' },
      select: { ...versionSelect, status: true, module: { select: { slug: true } } },
    });
    if (!latest) throw new DomainError('NOT_FOUND', 'No such module.');
    if (latest.status === 'DRAFT')
      return { moduleId, versionId: latest.id, version: latest.version, status: 'DRAFT' };
    const content = versionToContent(latest.module.slug, latest);
    const draft = await tx.moduleVersion.create({
      data: {
        moduleId,
        version: latest.version + 1,
        status: 'DRAFT',
        ...versionColumns(content),
        createdById: actorId,
      },
      select: { id: true, version: true },
    });
    await writeVersionSections(tx, draft.id, content.sections);
    await writeAudit(tx, actorId, meta, {
      action: 'module.draft.create',
      entityType: 'ModuleVersion',
      entityId: draft.id,
      metadata: { moduleId, version: draft.version, from: latest.version },
    });
    return { moduleId, versionId: draft.id, version: draft.version, status: 'DRAFT' };
  });
}

async function lockedDraft(tx: Prisma.TransactionClient, versionId: string) {
  // Row lock: two admins saving or publishing the same draft take turns.
  await tx.$queryRaw`SELECT id FROM "ModuleVersion" WHERE id = ${versionId} FOR UPDATE`;
  const version = await tx.moduleVersion.findUnique({
    where: { id: versionId },
    select: { id: true, moduleId: true, version: true, status: true, module: { select: { slug: true } } },
  });
  if (!version) throw new DomainError('NOT_FOUND', 'No such module version.');
  if (version.status !== 'DRAFT') {
    throw new DomainError(
      'PRECONDITION_FAILED',
      `Version ${version.version} is ${version.status.toLowerCase()} and cannot change; create a new draft.`,
    );
  }
  return version;
}

/** Replaces a draft's content. Published versions never change: people are pinned to them. */
export async function updateDraft(ctx: ActorContext, input: UpdateDraftInput): Promise<Saved> {
  const { db, meta } = ctx;
  const actorId = ctx.actor.userId;
  return db.$transaction(async (tx) => {
    const draft = await lockedDraft(tx, input.versionId);
    const { content } = input;
    if (content.slug !== draft.module.slug) {
      throw new DomainError('BAD_INPUT', 'The slug names the module and cannot change in a new version.', {
        fieldErrors: { slug: [`Keep the slug "${draft.module.slug}".`] },
      });
    }
    // Sections are rewritten whole: the editor sends them in their new order, added and removed
    // ones included. Nobody's progress can point at a draft's rows, so nothing else refers to them.
    await tx.moduleSection.deleteMany({ where: { versionId: draft.id } });
    await tx.moduleVersion.update({ where: { id: draft.id }, data: versionColumns(content) });
    const sections = await writeVersionSections(tx, draft.id, content.sections);
    await writeAudit(tx, actorId, meta, {
      action: 'module.draft.update',
      entityType: 'ModuleVersion',
      entityId: draft.id,
      metadata: {
        moduleId: draft.moduleId,
        version: draft.version,
        sections: sections.map((section) => section.key),
      },
    });
    return { moduleId: draft.moduleId, versionId: draft.id, version: draft.version, status: 'DRAFT' };
  });
}

/**
 * Publishes a draft; the version published before it retires (its learners keep it). A draft
 * may be saved unfinished, but mentees get only complete modules: the refusal names each
 * missing part at the field the editor shows it on (`content.sections.2.questions`).
 */
export async function publishDraft(ctx: ActorContext, input: { versionId: string }): Promise<Saved> {
  const { db, meta } = ctx;
  const actorId = ctx.actor.userId;
  const { versionId } = input;
  return db.$transaction(async (tx) => {
    const draft = await lockedDraft(tx, versionId);
    const stored = await tx.moduleVersion.findUniqueOrThrow({
      where: { id: draft.id },
      select: versionSelect,
    });
    const complete = PublishableModule.safeParse(versionToContent(draft.module.slug, stored));
    if (!complete.success) {
      const { issues } = complete.error;
      throw new DomainError(
        'PRECONDITION_FAILED',
        `Version ${draft.version} is not ready to publish: ${issues.length === 1 ? 'one part is' : `${issues.length} parts are`} missing.`,
        {
          fieldErrors: fieldErrorsOf(issues.map((issue) => ({ ...issue, path: ['content', ...issue.path] }))),
        },
      );
    }
    await tx.moduleVersion.updateMany({
      where: { moduleId: draft.moduleId, status: 'PUBLISHED' },
      data: { status: 'RETIRED' },
    });
    await tx.moduleVersion.update({
      where: { id: draft.id },
      data: { status: 'PUBLISHED', publishedAt: ctx.clock.now() },
    });
    await writeAudit(tx, actorId, meta, {
      action: 'module.publish',
      entityType: 'ModuleVersion',
      entityId: draft.id,
      metadata: { moduleId: draft.moduleId, version: draft.version },
    });
    return { moduleId: draft.moduleId, versionId: draft.id, version: draft.version, status: 'PUBLISHED' };
  });
}
