/**
 * Writes a validated module file into the database as a new module version: Module (found or
 * created by slug) → ModuleVersion → ModuleSection rows → QuizQuestion rows. A draft may be
 * incomplete (ModuleDraft); a published version must be a complete module (ModuleContent).
 *
 * Used by the demo seed and by the admin's "import a module file" feature. Importing a slug
 * that already exists never edits an existing version (published versions are immutable and
 * people's progress is pinned to them); it adds version max+1. When publishing, the versions
 * published before it are RETIRED, so a module has one current published version; people
 * part-way through a retired version keep it.
 *
 * Pass a transaction client: the version, its sections and questions must land together.
 */
import { ModuleContent, type ModuleDraft } from '@preceptor/domain/modules/module-content';
import type { Prisma } from '../generated/prisma/client.ts';
import { versionColumns, type WrittenSection, writeVersionSections } from './version-rows.ts';

export interface ImportModuleOptions {
  /** true: the new version is PUBLISHED (and earlier published ones RETIRED); false: a DRAFT. */
  readonly publish: boolean;
  /** The staff member importing; null for system imports. */
  readonly createdById: string | null;
  /** When the version counts as published (default: now); the seed backdates it. */
  readonly publishedAt?: Date;
}

export interface ImportedModule {
  readonly moduleId: string;
  readonly versionId: string;
  readonly slug: string;
  readonly title: string;
  readonly version: number;
  /** True when this import created the module itself (first version). */
  readonly createdModule: boolean;
  readonly status: 'PUBLISHED' | 'DRAFT';
  /** Sections in position order (positions are 1-based). */
  readonly sections: readonly WrittenSection[];
}

export async function importModuleContent(
  tx: Prisma.TransactionClient,
  content: ModuleDraft,
  options: ImportModuleOptions,
): Promise<ImportedModule> {
  if (options.publish) {
    const complete = ModuleContent.safeParse(content);
    if (!complete.success) {
      const problems = complete.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`"${content.slug}" is not complete enough to publish: ${problems.join('; ')}`);
    }
  }
  const existing = await tx.module.findUnique({ where: { slug: content.slug }, select: { id: true } });
  const moduleId =
    existing?.id ?? (await tx.module.create({ data: { slug: content.slug }, select: { id: true } })).id;

  // The (moduleId, version) unique index turns a concurrent import of the same slug into an
  // error rather than two versions with one number.
  const latest = existing
    ? await tx.moduleVersion.aggregate({ where: { moduleId }, _max: { version: true } })
    : null;
  const version = (latest?._max.version ?? 0) + 1;
  const status = options.publish ? ('PUBLISHED' as const) : ('DRAFT' as const);

  if (options.publish && existing) {
    await tx.moduleVersion.updateMany({
      where: { moduleId, status: 'PUBLISHED' },
      data: { status: 'RETIRED' },
    });
  }

  const created = await tx.moduleVersion.create({
    data: {
      moduleId,
      version,
      status,
      ...versionColumns(content),
      publishedAt: options.publish ? (options.publishedAt ?? new Date()) : null,
      createdById: options.createdById,
    },
    select: { id: true },
  });

  const sections = await writeVersionSections(tx, created.id, content.sections);

  return {
    moduleId,
    versionId: created.id,
    slug: content.slug,
    title: content.title,
    version,
    createdModule: !existing,
    status,
    sections,
  };
}
