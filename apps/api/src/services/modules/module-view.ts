import { Competency, toPublicQuiz } from '@preceptor/domain/modules/module-content';
import type { MenteeModule, SectionView } from '@preceptor/domain/modules/module-view-schemas';
import { quizForAttempt } from '@preceptor/domain/modules/quiz-form';
import type { ActorContext } from '../service-context.ts';
import {
  completionOf,
  loadMenteeModule,
  type MenteeModuleRecord,
  metadataOf,
  quizOf,
} from './module-record.ts';

/** A module as the mentee sees it; the quiz carries no answer key (see OpenQuizAttempt). */
export async function menteeModule(ctx: ActorContext, input: { slug: string }): Promise<MenteeModule> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const now = ctx.clock.now();
  const { slug } = input;
  const record = await loadMenteeModule(db, userId, { slug }, now);
  const { version, progress, assignment } = record;
  const completion = completionOf(version, progress, record.reflectionId !== null);
  const metadata = metadataOf(version);
  const blockedBy = assignment?.blockedBy
    ? await db.moduleVersion.findFirst({
        where: { moduleId: assignment.blockedBy, status: 'PUBLISHED' },
        orderBy: { version: 'desc' },
        select: { title: true },
      })
    : null;
  return {
    moduleId: record.moduleId,
    slug: record.slug,
    title: version.title,
    summary: version.summary,
    competencies: version.competencies.flatMap((value) => {
      const parsed = Competency.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    }),
    audience: version.audience,
    estimatedMinutes: version.estimatedMinutes,
    ceHours: version.ceHours.toNumber(),
    objectives: (metadata.objectives ?? []).map(({ key, text }) => ({ key, text })),
    review: metadata.review ?? null,
    references: metadata.references ?? [],
    version: version.version,
    started: progress !== null,
    newerVersionPublished: progress !== null && record.latestPublishedVersionId !== version.id,
    dueAt: assignment?.dueAt ?? null,
    locked: assignment?.locked ?? false,
    blockedByTitle: blockedBy?.title ?? null,
    completion: {
      status: completion.status,
      percent: completion.percent,
      attention: completion.attention,
    },
    completedAt: progress?.completedAt ?? null,
    certificateId: progress?.certificateId ?? null,
    sections: sectionViews(record),
  };
}

function sectionViews(record: MenteeModuleRecord): SectionView[] {
  const { version, progress } = record;
  const marked = new Set(progress?.completedSectionKeys ?? []);
  const attempts = progress?.attempts ?? [];
  return version.sections.map((section): SectionView => {
    const base = { key: section.key, title: section.title };
    switch (section.kind) {
      case 'LESSON':
        return { kind: 'lesson', ...base, done: marked.has(section.key), body: section.body };
      case 'CASE':
        return {
          kind: 'case',
          ...base,
          done: marked.has(section.key),
          body: section.body,
          discussionQuestions: section.discussionQuestions,
          debrief: marked.has(section.key) ? section.debrief : null,
        };
      case 'QUIZ': {
        const quiz = quizOf(version);
        const submitted = attempts.filter((attempt) => attempt.submittedAt !== null);
        const open = attempts.find((attempt) => attempt.submittedAt === null);
        const passed = submitted.some((attempt) => attempt.passed === true);
        const allowed = section.attemptsAllowed ?? null;
        return {
          kind: 'quiz',
          ...base,
          done: passed,
          passMark: section.passMark ?? 100,
          attemptsAllowed: allowed,
          // An open attempt is not spent until it is submitted.
          attemptsUsed: submitted.length,
          questionCount: Math.min(
            section.questionsPerAttempt ?? section.questions.length,
            section.questions.length,
          ),
          passed,
          lastScorePercent: submitted.at(-1)?.scorePercent ?? null,
          openAttempt:
            open && quiz
              ? {
                  attemptId: open.id,
                  attemptNumber: open.attemptNumber,
                  attemptsRemaining: allowed === null ? null : allowed - submitted.length,
                  questions: toPublicQuiz(quizForAttempt(quiz, open.questionKeys), open.shuffleSeed),
                }
              : null,
        };
      }
      default:
        // REFLECTION: the only kind left.
        return {
          kind: 'reflection',
          ...base,
          done: record.reflectionId !== null || marked.has(section.key),
          prompt: section.body,
          reflectionId: record.reflectionId,
        };
    }
  });
}
