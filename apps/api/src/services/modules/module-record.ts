import type { Db, Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import {
  type CompletionSection,
  type ModuleCompletion,
  moduleCompletion,
} from '@preceptor/domain/modules/module-completion';
import {
  LearningObjective,
  type ModuleDraft,
  ModuleReference,
  QuizChoice,
  type QuizSection,
} from '@preceptor/domain/modules/module-content';
import { z } from 'zod';
import { newCertificateId } from './certificate-id.ts';
import { type AssignedItem, menteeCurriculum } from './mentee-curriculum.ts';

export const versionSelect = {
  id: true,
  version: true,
  title: true,
  summary: true,
  competencies: true,
  estimatedMinutes: true,
  ceHours: true,
  audience: true,
  objectives: true,
  references: true,
  lastReviewedOn: true,
  reviewerRole: true,
  sections: {
    orderBy: { position: 'asc' },
    select: {
      key: true,
      kind: true,
      title: true,
      body: true,
      discussionQuestions: true,
      passMark: true,
      attemptsAllowed: true,
      shuffle: true,
      questionsPerAttempt: true,
      debrief: true,
      questions: {
        orderBy: { position: 'asc' },
        select: {
          key: true,
          prompt: true,
          kind: true,
          choices: true,
          explanation: true,
          objectiveKey: true,
        },
      },
    },
  },
} satisfies Prisma.ModuleVersionSelect;

export type PinnedVersion = Prisma.ModuleVersionGetPayload<{ select: typeof versionSelect }>;
export type VersionSection = PinnedVersion['sections'][number];

const progressSelect = {
  id: true,
  status: true,
  completedSectionKeys: true,
  completedAt: true,
  certificateId: true,
  moduleVersionId: true,
  attempts: {
    orderBy: { attemptNumber: 'asc' },
    select: {
      id: true,
      attemptNumber: true,
      shuffleSeed: true,
      questionKeys: true,
      passed: true,
      scorePercent: true,
      submittedAt: true,
    },
  },
} satisfies Prisma.ModuleProgressSelect;

export type ProgressRecord = Prisma.ModuleProgressGetPayload<{ select: typeof progressSelect }>;

export interface MenteeModuleRecord {
  readonly moduleId: string;
  readonly slug: string;
  readonly version: PinnedVersion;
  readonly latestPublishedVersionId: string | null;
  readonly progress: ProgressRecord | null;
  /** Null once the module is no longer assigned (e.g. the cohort closed) but was started. */
  readonly assignment: AssignedItem | null;
  readonly reflectionId: string | null;
}

/**
 * A module as one mentee may use it: assigned to them by an open cohort, or already started
 * (so a finished module's certificate outlives the cohort). Anyone else gets NOT_FOUND, which
 * does not confirm the module exists to people it is not for.
 */
export async function loadMenteeModule(
  db: Db,
  userId: string,
  where: { slug: string } | { id: string },
  now: Date,
): Promise<MenteeModuleRecord> {
  const module = await db.module.findUnique({
    where,
    select: {
      id: true,
      slug: true,
      progress: { where: { userId }, select: { ...progressSelect, version: { select: versionSelect } } },
      versions: {
        where: { status: 'PUBLISHED' },
        orderBy: { version: 'desc' },
        take: 1,
        select: versionSelect,
      },
    },
  });
  const notFound = new DomainError('NOT_FOUND', 'That module is not assigned to you.');
  if (!module) throw notFound;
  const assignment = (await menteeCurriculum(db, userId, now)).get(module.id) ?? null;
  const progressRow = module.progress[0] ?? null;
  if (!assignment && !progressRow) throw notFound;
  const version = progressRow?.version ?? module.versions[0];
  if (!version) throw notFound;
  const reflectionKey = version.sections.find((section) => section.kind === 'REFLECTION')?.key;
  const reflection = reflectionKey
    ? await db.reflection.findFirst({
        where: { authorId: userId, moduleId: module.id, promptSectionKey: reflectionKey },
        orderBy: { createdAt: 'asc' },
        select: { id: true },
      })
    : null;
  let progress: ProgressRecord | null = null;
  if (progressRow) {
    const { version: _pinned, ...rest } = progressRow;
    progress = rest;
  }
  return {
    moduleId: module.id,
    slug: module.slug,
    version,
    latestPublishedVersionId: module.versions[0]?.id ?? null,
    progress,
    assignment,
    reflectionId: reflection?.id ?? null,
  };
}

const Choices = z.array(QuizChoice);

/** The pinned version's quiz in the domain's shape, answer key included: server-side only. */
export function quizOf(version: PinnedVersion): (QuizSection & { key: string }) | null {
  const section = version.sections.find((candidate) => candidate.kind === 'QUIZ');
  if (!section) return null;
  return {
    kind: 'quiz',
    key: section.key,
    title: section.title,
    passMark: section.passMark ?? 100,
    attemptsAllowed: section.attemptsAllowed ?? null,
    shuffle: section.shuffle ?? false,
    ...(section.questionsPerAttempt === null ? {} : { questionsPerAttempt: section.questionsPerAttempt }),
    questions: section.questions.map((question) => ({
      key: question.key,
      prompt: question.prompt,
      kind: question.kind === 'SINGLE' ? 'single' : 'multiple',
      choices: Choices.parse(question.choices),
      explanation: question.explanation,
      ...(question.objectiveKey === null ? {} : { objective: question.objectiveKey }),
    })),
  };
}

const Objectives = z.array(LearningObjective);
const References = z.array(ModuleReference);

/** The version's module-level metadata in the domain's shape (stored as JSON and columns). */
export function metadataOf(
  version: PinnedVersion,
): Pick<ModuleDraft, 'objectives' | 'references' | 'review'> {
  const objectives = Objectives.parse(version.objectives);
  const references = References.parse(version.references);
  // Absent rather than empty, so a file without them exports as it was imported.
  return {
    ...(objectives.length > 0 ? { objectives } : {}),
    ...(references.length > 0 ? { references } : {}),
    ...(version.lastReviewedOn && version.reviewerRole
      ? {
          review: {
            lastReviewed: version.lastReviewedOn.toISOString().slice(0, 10),
            reviewerRole: version.reviewerRole,
          },
        }
      : {}),
  };
}

const KIND = { LESSON: 'lesson', CASE: 'case', QUIZ: 'quiz', REFLECTION: 'reflection' } as const;

export function completionSections(version: PinnedVersion): CompletionSection[] {
  return version.sections.map((section) => ({
    key: section.key,
    kind: KIND[section.kind],
    attemptsAllowed: section.attemptsAllowed ?? null,
  }));
}

export function completionOf(
  version: PinnedVersion,
  progress: Pick<ProgressRecord, 'completedSectionKeys' | 'attempts'> | null,
  reflectionStarted: boolean,
): ModuleCompletion {
  const attempts = progress?.attempts ?? [];
  return moduleCompletion(completionSections(version), {
    completedSectionKeys: progress?.completedSectionKeys ?? [],
    quizPassed: attempts.some((attempt) => attempt.passed === true),
    quizAttemptsUsed: attempts.filter((attempt) => attempt.submittedAt !== null).length,
    reflectionStarted,
  });
}

export function assertUnlocked(record: MenteeModuleRecord): void {
  if (record.assignment?.locked) {
    throw new DomainError('PRECONDITION_FAILED', 'Complete the earlier module in your curriculum first.', {
      blockedBy: record.assignment.blockedBy,
    });
  }
}

/** The mentee's progress row, pinned to the version they are looking at when they first act. */
export async function ensureProgress(
  tx: Prisma.TransactionClient,
  userId: string,
  record: MenteeModuleRecord,
): Promise<ProgressRecord> {
  if (record.progress) return record.progress;
  return tx.moduleProgress.upsert({
    where: { userId_moduleId: { userId, moduleId: record.moduleId } },
    update: {},
    create: { userId, moduleId: record.moduleId, moduleVersionId: record.version.id },
    select: progressSelect,
  });
}

/** Records completion the moment the rule is met; returns the fresh completion. */
export async function settleCompletion(
  tx: Prisma.TransactionClient,
  userId: string,
  record: MenteeModuleRecord,
  now: Date,
): Promise<{ completion: ModuleCompletion; justCompleted: boolean }> {
  const progress = await tx.moduleProgress.findUniqueOrThrow({
    where: { userId_moduleId: { userId, moduleId: record.moduleId } },
    select: progressSelect,
  });
  const reflection = await tx.reflection.count({
    where: {
      authorId: userId,
      moduleId: record.moduleId,
      promptSectionKey: record.version.sections.find((s) => s.kind === 'REFLECTION')?.key ?? '',
    },
  });
  const completion = completionOf(record.version, progress, reflection > 0);
  const justCompleted = completion.status === 'completed' && progress.status !== 'COMPLETED';
  if (justCompleted) {
    await tx.moduleProgress.update({
      where: { id: progress.id },
      // The certificate's id is fixed at completion, so every download prints the same one.
      data: { status: 'COMPLETED', completedAt: now, certificateId: newCertificateId() },
    });
  }
  return { completion, justCompleted };
}
