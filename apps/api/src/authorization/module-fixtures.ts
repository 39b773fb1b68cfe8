import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@preceptor/db';
import { loadModuleContent } from '@preceptor/db/content/load-modules';
import { importModuleContent } from '@preceptor/db/modules/import-module-content';
import type { ModuleContent } from '@preceptor/domain/modules/module-content';
import { newCertificateId } from '../services/modules/certificate-id.ts';

/*
 * Records for the modules rows of the authorization table: modules assigned to mentee@ (the
 * cardiac cohort) and not to mentee2@ (the neuro cohort), so otherMentee is refused by scope.
 */

export interface MenteeModuleRef {
  id: string;
  slug: string;
  lessonKey: string;
}

/** The nth module only mentee@ is assigned, by slug order: rows pick different ones to stay apart. */
export async function menteeOnlyModule(prisma: PrismaClient, index: number): Promise<MenteeModuleRef> {
  const assignedTo = (email: string) => ({
    curriculum: {
      some: {
        cohort: {
          status: { not: 'CLOSED' as const },
          memberships: { some: { role: 'MENTEE' as const, active: true, user: { email } } },
        },
      },
    },
  });
  const modules = await prisma.module.findMany({
    where: { AND: [assignedTo('mentee@preceptor.test'), { NOT: assignedTo('mentee2@preceptor.test') }] },
    orderBy: { slug: 'asc' },
    select: {
      id: true,
      slug: true,
      versions: {
        where: { status: 'PUBLISHED' },
        orderBy: { version: 'desc' },
        take: 1,
        select: {
          sections: { where: { kind: 'LESSON' }, orderBy: { position: 'asc' }, select: { key: true } },
        },
      },
    },
  });
  const module = modules[index];
  const lessonKey = module?.versions[0]?.sections[0]?.key;
  if (!module || !lessonKey) throw new Error(`mentee@ has no module #${index} of their own`);
  return { id: module.id, slug: module.slug, lessonKey };
}

/** An open quiz attempt of mentee@'s, on a module the other rows leave alone. */
export async function freshOpenAttempt(prisma: PrismaClient): Promise<string> {
  const module = await menteeOnlyModule(prisma, 2);
  const user = await prisma.user.findUniqueOrThrow({ where: { email: 'mentee@preceptor.test' } });
  const version = await prisma.moduleVersion.findFirstOrThrow({
    where: { moduleId: module.id, status: 'PUBLISHED' },
    orderBy: { version: 'desc' },
  });
  const progress = await prisma.moduleProgress.upsert({
    where: { userId_moduleId: { userId: user.id, moduleId: module.id } },
    update: {},
    create: { userId: user.id, moduleId: module.id, moduleVersionId: version.id },
    select: { id: true, _count: { select: { attempts: true } } },
  });
  const attempt = await prisma.quizAttempt.create({
    data: { progressId: progress.id, attemptNumber: progress._count.attempts + 1, shuffleSeed: 7 },
    select: { id: true },
  });
  return attempt.id;
}

/** A module file's content under a fresh slug, for authoring rows that must not touch demo modules. */
export function freshContent(): ModuleContent {
  const [content] = loadModuleContent();
  if (!content) throw new Error('No module content files');
  return { ...content, slug: `fixture-${randomUUID().slice(0, 8)}` };
}

/** A fresh module with one published version and a draft after it. */
export async function freshDraft(
  prisma: PrismaClient,
): Promise<{ moduleId: string; versionId: string; content: ModuleContent }> {
  const content = freshContent();
  return prisma.$transaction(async (tx) => {
    await importModuleContent(tx, content, { publish: true, createdById: null });
    const draft = await importModuleContent(tx, content, { publish: false, createdById: null });
    return { moduleId: draft.moduleId, versionId: draft.versionId, content };
  });
}

/** A completed module of a fresh module's, with its certificate: what anyone may verify. */
export async function freshCertificateId(prisma: PrismaClient): Promise<string> {
  const { moduleId } = await freshDraft(prisma);
  const version = await prisma.moduleVersion.findFirstOrThrow({
    where: { moduleId, status: 'PUBLISHED' },
    select: { id: true },
  });
  const user = await prisma.user.findUniqueOrThrow({ where: { email: 'mentee@preceptor.test' } });
  const certificateId = newCertificateId();
  await prisma.moduleProgress.create({
    data: {
      userId: user.id,
      moduleId,
      moduleVersionId: version.id,
      status: 'COMPLETED',
      completedAt: new Date(),
      certificateId,
    },
  });
  return certificateId;
}
