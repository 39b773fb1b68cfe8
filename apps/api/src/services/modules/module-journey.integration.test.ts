import { loadModuleContent } from '@preceptor/db/content/load-modules';
import { importModuleContent } from '@preceptor/db/modules/import-module-content';
import { formatCertificateId } from '@preceptor/domain/modules/certificate-schemas';
import { QuizChoice } from '@preceptor/domain/modules/module-content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { menteeOnlyModule } from '../../authorization/module-fixtures.ts';
import { pdfText } from '../../testing/pdf-text.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let app: TestApp;
let mentee: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  mentee = await app.clientFor('mentee@preceptor.test');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** The answer key of a module's current quiz, read straight from the database. */
async function answerKey(moduleId: string): Promise<Map<string, string[]>> {
  const questions = await app.prisma.quizQuestion.findMany({
    where: { section: { version: { moduleId, status: 'PUBLISHED' } } },
    select: { key: true, choices: true },
  });
  return new Map(
    questions.map((question) => [
      question.key,
      z
        .array(QuizChoice)
        .parse(question.choices)
        .filter((choice) => choice.correct)
        .map((choice) => choice.key),
    ]),
  );
}

function wrongAnswers(questions: { key: string; choices: { key: string }[] }[], key: Map<string, string[]>) {
  return Object.fromEntries(
    questions.map((question) => {
      const wrong = question.choices.find((choice) => !key.get(question.key)?.includes(choice.key));
      return [question.key, wrong ? [wrong.key] : []];
    }),
  );
}

async function certificate(moduleId: string, email?: string): Promise<Response> {
  const headers: Record<string, string> = {};
  if (email) {
    const { createSession } = await import('../../auth/sessions.ts');
    const { token } = await createSession(app.prisma, await app.userId(email), {
      ipAddress: null,
      userAgent: 'test',
    });
    headers.cookie = `preceptor_session=${token}`;
  }
  return fetch(`${app.origin}/certificates/${moduleId}.pdf`, { headers });
}

describe('a mentee working through a module', () => {
  it('never sends the answer key before submission, grades on the server, and completes', async () => {
    const ref = await menteeOnlyModule(app.prisma, 0);
    const before = await mentee.modules.module.query({ slug: ref.slug });
    expect(JSON.stringify(before)).not.toMatch(/"correct"|"explanation"/);

    const attempt = await mentee.modules.startQuizAttempt.mutate({ moduleId: ref.id });
    expect(JSON.stringify(attempt)).not.toMatch(/"correct"|"explanation"/);
    // A reload resumes the open attempt rather than spending another.
    const again = await mentee.modules.startQuizAttempt.mutate({ moduleId: ref.id });
    expect(again.attemptId).toBe(attempt.attemptId);
    expect(again.questions).toEqual(attempt.questions);

    const key = await answerKey(ref.id);
    // A parallel form from the bank: the per-attempt count, never the whole bank.
    const quizView = before.sections.find((section) => section.kind === 'quiz');
    expect(quizView?.kind === 'quiz' && quizView.questionCount).toBe(attempt.questions.length);
    expect(attempt.questions.length).toBeLessThanOrEqual(key.size / 2);
    const asked = new Set(attempt.questions.map((question) => question.key));
    const notAsked = [...key.keys()].find((questionKey) => !asked.has(questionKey)) ?? '';
    expect(
      await outcomeCode(
        mentee.modules.submitQuizAttempt.mutate({
          attemptId: attempt.attemptId,
          answers: { [notAsked]: key.get(notAsked) ?? [] },
        }),
      ),
    ).toBe('BAD_REQUEST');
    const forged = { [attempt.questions[0]?.key ?? '']: ['no-such-choice'] };
    expect(
      await outcomeCode(
        mentee.modules.submitQuizAttempt.mutate({ attemptId: attempt.attemptId, answers: forged }),
      ),
    ).toBe('BAD_REQUEST');

    const failed = await mentee.modules.submitQuizAttempt.mutate({
      attemptId: attempt.attemptId,
      answers: wrongAnswers(attempt.questions, key),
    });
    expect(failed.passed).toBe(false);
    expect(failed.scorePercent).toBeLessThan(failed.passMark);
    // Still open: no key and no explanations, so the retry is not a lookup; the learner is
    // sent back to the objectives they missed and the sections that teach them.
    expect(failed.questions).toEqual([]);
    expect(JSON.stringify(failed)).not.toMatch(/"explanation"|"correctChoiceKeys"/);
    expect(failed.objectivesToRevisit.length).toBeGreaterThan(0);
    for (const objective of failed.objectivesToRevisit) {
      expect(objective.text.length).toBeGreaterThan(0);
      expect(objective.sections.length).toBeGreaterThan(0);
    }
    expect(failed.attemptsRemaining).toBe(2);
    expect(
      await outcomeCode(
        mentee.modules.submitQuizAttempt.mutate({ attemptId: attempt.attemptId, answers: {} }),
      ),
    ).toBe('CONFLICT');

    const second = await mentee.modules.startQuizAttempt.mutate({ moduleId: ref.id });
    expect(second.attemptNumber).toBe(2);
    // The bank holds two forms' worth, so the retake asks questions the first did not.
    expect(second.questions.filter((question) => asked.has(question.key))).toEqual([]);
    const passed = await mentee.modules.submitQuizAttempt.mutate({
      attemptId: second.attemptId,
      answers: Object.fromEntries(
        second.questions.map((question) => [question.key, key.get(question.key) ?? []]),
      ),
    });
    expect(passed).toMatchObject({ passed: true, scorePercent: 100 });
    expect(passed.questions.map((question) => question.key).sort()).toEqual(
      second.questions.map((question) => question.key).sort(),
    );
    expect(passed.questions.every((question) => question.correctChoiceKeys !== null)).toBe(true);
    expect(passed.questions.every((question) => question.explanation.length > 0)).toBe(true);
    expect(passed.objectivesToRevisit).toEqual([]);
    expect(await outcomeCode(mentee.modules.startQuizAttempt.mutate({ moduleId: ref.id }))).toBe(
      'PRECONDITION_FAILED',
    );
    expect((await certificate(ref.id, 'mentee@preceptor.test')).status).toBe(404);

    const view = await mentee.modules.module.query({ slug: ref.slug });
    expect(view.objectives.length).toBeGreaterThanOrEqual(3);
    expect(view.review).not.toBeNull();
    for (const section of view.sections) {
      if (section.kind === 'lesson' || section.kind === 'case') {
        // A case's debrief is withheld until the learner has worked the case.
        if (section.kind === 'case') expect(section.debrief).toBeNull();
        await mentee.modules.markSectionDone.mutate({ moduleId: ref.id, sectionKey: section.key });
      }
    }
    const worked = await mentee.modules.module.query({ slug: ref.slug });
    for (const section of worked.sections) {
      if (section.kind === 'case') expect(section.debrief?.length ?? 0).toBeGreaterThan(0);
    }
    const reflection = await mentee.modules.startReflection.mutate({ moduleId: ref.id });
    expect(reflection.created).toBe(true);
    expect(await mentee.modules.startReflection.mutate({ moduleId: ref.id })).toEqual({
      reflectionId: reflection.reflectionId,
      created: false,
    });
    const done = await mentee.modules.module.query({ slug: ref.slug });
    expect(done.completion).toMatchObject({ status: 'completed', percent: 100 });
    expect(done.completedAt).not.toBeNull();
    const listed = await mentee.modules.myModules.query();
    expect(listed.find((module) => module.moduleId === ref.id)?.status).toBe('completed');

    // The certificate id is issued at completion, random, and printed on every download.
    expect(done.certificateId).toMatch(/^[A-Z2-7]{24}$/);
    const pdf = await certificate(ref.id, 'mentee@preceptor.test');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-');
    const printed = (await pdfText(bytes)).join(' ');
    expect(printed).toContain(`Certificate ID: ${formatCertificateId(done.certificateId ?? '')}`);
    expect(printed).toContain(`/verify/${done.certificateId}`);
    const anonymous = await app
      .anonymous()
      .certificates.verify.query({ certificateId: done.certificateId ?? '' });
    expect(anonymous).toMatchObject({ moduleTitle: done.title, status: 'valid' });
  });

  it('refuses quiz attempts beyond the number allowed', async () => {
    const ref = await menteeOnlyModule(app.prisma, 1);
    const key = await answerKey(ref.id);
    for (let attemptNumber = 1; attemptNumber <= 3; attemptNumber++) {
      // Opening an attempt (and coming back to it) spends nothing; submitting does.
      const opened = await mentee.modules.startQuizAttempt.mutate({ moduleId: ref.id });
      expect(opened.attemptsRemaining).toBe(4 - attemptNumber);
      const view = await mentee.modules.module.query({ slug: ref.slug });
      const quiz = view.sections.find((section) => section.kind === 'quiz');
      expect(quiz?.kind === 'quiz' && quiz.attemptsUsed).toBe(attemptNumber - 1);
      expect(quiz?.kind === 'quiz' && quiz.openAttempt?.attemptsRemaining).toBe(4 - attemptNumber);
      expect(view.completion.attention).toBeNull();

      const attempt = await mentee.modules.startQuizAttempt.mutate({ moduleId: ref.id });
      const result = await mentee.modules.submitQuizAttempt.mutate({
        attemptId: attempt.attemptId,
        answers: wrongAnswers(attempt.questions, key),
      });
      expect(result.attemptsRemaining).toBe(3 - attemptNumber);
    }
    expect(await outcomeCode(mentee.modules.startQuizAttempt.mutate({ moduleId: ref.id }))).toBe(
      'PRECONDITION_FAILED',
    );
    const view = await mentee.modules.module.query({ slug: ref.slug });
    expect(view.completion.attention).toBe('quiz_attempts_exhausted');
  });

  it('keeps a mentee on the version they started when a new one is published', async () => {
    const ref = await menteeOnlyModule(app.prisma, 2);
    await mentee.modules.markSectionDone.mutate({ moduleId: ref.id, sectionKey: ref.lessonKey });
    const started = await mentee.modules.module.query({ slug: ref.slug });
    const content = loadModuleContent().find((module) => module.slug === ref.slug);
    if (!content) throw new Error(`no content file for ${ref.slug}`);
    const published = await app.prisma.$transaction((tx) =>
      importModuleContent(
        tx,
        { ...content, title: `${content.title} (revised)` },
        { publish: true, createdById: null },
      ),
    );
    const after = await mentee.modules.module.query({ slug: ref.slug });
    expect(after.version).toBe(started.version);
    expect(after.title).toBe(started.title);
    expect(after.newerVersionPublished).toBe(true);
    expect(published.version).toBe(started.version + 1);
  });
});

describe('certificates and curriculum are personal', () => {
  it('gives nobody else a certificate, and asks the anonymous to sign in', async () => {
    const completed = await app.prisma.moduleProgress.findFirstOrThrow({
      where: { status: 'COMPLETED', user: { email: 'mentee@preceptor.test' } },
      select: { moduleId: true },
    });
    expect((await certificate(completed.moduleId)).status).toBe(401);
    for (const email of ['mentee2@preceptor.test', 'mentor@preceptor.test', 'admin@preceptor.test']) {
      expect((await certificate(completed.moduleId, email)).status).toBe(404);
    }
  });

  it('locks a sequential curriculum until the previous module is complete', async () => {
    const other = await app.clientFor('mentee2@preceptor.test');
    const modules = await other.modules.myModules.query();
    const locked = modules.filter((module) => module.status === 'locked');
    expect(locked.length).toBeGreaterThan(0);
    const first = locked[0];
    if (!first) throw new Error('unreachable');
    expect(first.blockedByTitle).not.toBeNull();
    const view = await other.modules.module.query({ slug: first.slug });
    expect(view.locked).toBe(true);
    expect(await outcomeCode(other.modules.startQuizAttempt.mutate({ moduleId: first.moduleId }))).toBe(
      'PRECONDITION_FAILED',
    );
  });
});
