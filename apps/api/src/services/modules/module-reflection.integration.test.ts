import { importModuleContent } from '@preceptor/db/modules/import-module-content';
import { QuizChoice } from '@preceptor/domain/modules/module-content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACTOR_EMAILS } from '../../authorization/actors.ts';
import { freshContent } from '../../authorization/module-fixtures.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/*
 * One way to answer a module's reflection prompt: the module page's button
 * (modules.startReflection) and the journal's /journal/new?moduleId=… (reflections.create)
 * apply the same rules and open the same draft.
 */

let app: TestApp;
let mentee: TestClient;
let menteeId: string;

beforeAll(async () => {
  app = await startTestApp();
  mentee = await app.clientFor(ACTOR_EMAILS.mentee);
  menteeId = await app.userId(ACTOR_EMAILS.mentee);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** A new module, added to mentee@'s cohort curriculum, that nobody has touched yet. */
async function assignedFreshModule(): Promise<{ id: string; slug: string; lessonKey: string }> {
  const content = freshContent();
  const cohort = await app.prisma.cohort.findFirstOrThrow({
    where: { memberships: { some: { role: 'MENTEE', user: { email: ACTOR_EMAILS.mentee } } } },
    select: { id: true, _count: { select: { curriculum: true } } },
  });
  const imported = await app.prisma.$transaction((tx) =>
    importModuleContent(tx, content, { publish: true, createdById: null }),
  );
  await app.prisma.curriculumItem.create({
    data: { cohortId: cohort.id, moduleId: imported.moduleId, position: cohort._count.curriculum },
  });
  const lesson = await app.prisma.moduleSection.findFirstOrThrow({
    where: { kind: 'LESSON', versionId: imported.versionId },
    select: { key: true },
  });
  return { id: imported.moduleId, slug: content.slug, lessonKey: lesson.key };
}

async function reflectionKeyOf(moduleId: string): Promise<string> {
  const section = await app.prisma.moduleSection.findFirstOrThrow({
    where: { kind: 'REFLECTION', version: { moduleId, status: 'PUBLISHED' } },
    select: { key: true },
  });
  return section.key;
}

async function promptReflections(moduleId: string) {
  return app.prisma.reflection.findMany({
    where: { authorId: menteeId, moduleId },
    select: { id: true, title: true, body: true, promptSectionKey: true },
  });
}

async function errorOf(call: Promise<unknown>): Promise<{ code: string | null; data: unknown }> {
  try {
    await call;
    return { code: null, data: null };
  } catch (error) {
    return { code: await outcomeCode(Promise.reject(error)), data: (error as { data?: unknown }).data };
  }
}

describe('answering a module prompt from the journal', () => {
  it('creates one draft linked to the prompt, counts the step, and reopens it on every later call', async () => {
    const module = await assignedFreshModule();
    const key = await reflectionKeyOf(module.id);

    const first = await mentee.reflections.create.mutate({ moduleId: module.id, promptSectionKey: key });
    expect(first).toMatchObject({ version: 1, created: true });
    const again = await mentee.reflections.create.mutate({ moduleId: module.id, promptSectionKey: key });
    expect(again).toEqual({ id: first.id, version: 1, created: false });
    // The module page's button lands on the same draft.
    expect(await mentee.modules.startReflection.mutate({ moduleId: module.id })).toEqual({
      reflectionId: first.id,
      created: false,
    });

    const stored = await promptReflections(module.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ promptSectionKey: key, body: '' });
    expect(stored[0]?.title).toMatch(/^Reflection: /);

    const view = await mentee.modules.module.query({ slug: module.slug });
    const step = view.sections.find((section) => section.kind === 'reflection');
    expect(step).toMatchObject({ done: true, reflectionId: first.id });
    const audit = await app.prisma.auditLog.count({
      where: { entityId: first.id, action: 'reflection.create' },
    });
    expect(audit).toBe(1);
  });

  it('lands on the draft the module page started', async () => {
    const module = await assignedFreshModule();
    const started = await mentee.modules.startReflection.mutate({ moduleId: module.id });
    expect(started.created).toBe(true);
    const opened = await mentee.reflections.create.mutate({ moduleId: module.id });
    expect(opened).toEqual({ id: started.reflectionId, version: 1, created: false });
    expect(await promptReflections(module.id)).toHaveLength(1);
  });

  it('opens one draft when several requests race for the same prompt', async () => {
    const module = await assignedFreshModule();
    const results = await Promise.all([
      mentee.reflections.create.mutate({ moduleId: module.id }),
      mentee.modules.startReflection.mutate({ moduleId: module.id }),
      mentee.reflections.create.mutate({ moduleId: module.id }),
    ]);
    const ids = new Set([results[0].id, results[1].reflectionId, results[2].id]);
    expect(ids.size).toBe(1);
    expect([results[0].created, results[1].created, results[2].created].filter(Boolean)).toHaveLength(1);
    expect(await promptReflections(module.id)).toHaveLength(1);
  });

  it('refuses a prompt key that is not the module’s reflection section, creating nothing', async () => {
    const module = await assignedFreshModule();
    const refused = await errorOf(
      mentee.reflections.create.mutate({ moduleId: module.id, promptSectionKey: module.lessonKey }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.data).toMatchObject({
      details: { fieldErrors: { promptSectionKey: [expect.any(String)] } },
    });
    expect(await promptReflections(module.id)).toHaveLength(0);
  });

  it('refuses a module that is not in the mentee’s curriculum, by either entry point', async () => {
    // The neuromonitoring cohort's modules are mentee2@'s, not mentee@'s.
    const elsewhere = await app.prisma.module.findFirstOrThrow({
      where: {
        curriculum: {
          some: { cohort: { memberships: { some: { user: { email: ACTOR_EMAILS.otherMentee } } } } },
        },
        NOT: {
          curriculum: {
            some: { cohort: { memberships: { some: { user: { email: ACTOR_EMAILS.mentee } } } } },
          },
        },
      },
      select: { id: true },
    });
    expect(await outcomeCode(mentee.reflections.create.mutate({ moduleId: elsewhere.id }))).toBe('NOT_FOUND');
    expect(await outcomeCode(mentee.modules.startReflection.mutate({ moduleId: elsewhere.id }))).toBe(
      'NOT_FOUND',
    );
    expect(await promptReflections(elsewhere.id)).toHaveLength(0);
  });

  it('refuses a locked module of a sequential curriculum, by either entry point', async () => {
    const other = await app.clientFor(ACTOR_EMAILS.otherMentee);
    const locked = (await other.modules.myModules.query()).find((module) => module.status === 'locked');
    if (!locked) throw new Error('The demo neuromonitoring cohort should have a locked module for mentee2@');
    expect(await outcomeCode(other.reflections.create.mutate({ moduleId: locked.moduleId }))).toBe(
      'PRECONDITION_FAILED',
    );
    expect(await outcomeCode(other.modules.startReflection.mutate({ moduleId: locked.moduleId }))).toBe(
      'PRECONDITION_FAILED',
    );
    const otherId = await app.userId(ACTOR_EMAILS.otherMentee);
    expect(
      await app.prisma.reflection.count({ where: { authorId: otherId, moduleId: locked.moduleId } }),
    ).toBe(0);
  });

  it('refuses to reopen with words of its own rather than dropping them', async () => {
    const module = await assignedFreshModule();
    await mentee.modules.startReflection.mutate({ moduleId: module.id });
    const [existing] = await promptReflections(module.id);
    const refused = await errorOf(
      mentee.reflections.create.mutate({ moduleId: module.id, body: '<p>Words I must not lose.</p>' }),
    );
    expect(refused.code).toBe('CONFLICT');
    expect(refused.data).toMatchObject({ details: { reflectionId: existing?.id } });
    expect((await promptReflections(module.id))[0]?.body).toBe('');
  });

  it('reopens a reflection the demo mentee started on a prompt before, whatever its status', async () => {
    const seeded = await app.prisma.reflection.findFirstOrThrow({
      where: { authorId: menteeId, moduleId: { not: null }, status: 'SHARED' },
      select: { id: true, version: true, moduleId: true },
    });
    const opened = await mentee.reflections.create.mutate({ moduleId: seeded.moduleId ?? '' });
    expect(opened).toEqual({ id: seeded.id, version: seeded.version, created: false });
  });

  it('keeps a reflection without a module a plain new draft every time', async () => {
    const a = await mentee.reflections.create.mutate({ title: 'On my own', body: '<p>One.</p>' });
    const b = await mentee.reflections.create.mutate({ title: 'On my own', body: '<p>One.</p>' });
    expect(a.created && b.created).toBe(true);
    expect(a.id).not.toBe(b.id);
  });
});

describe('the journal path completes the module like the button did', () => {
  it('records the module complete when the reflection is its last step', async () => {
    const module = await assignedFreshModule();
    const view = await mentee.modules.module.query({ slug: module.slug });
    for (const section of view.sections) {
      if (section.kind === 'lesson' || section.kind === 'case') {
        await mentee.modules.markSectionDone.mutate({ moduleId: module.id, sectionKey: section.key });
      }
    }
    const attempt = await mentee.modules.startQuizAttempt.mutate({ moduleId: module.id });
    // Only the questions this attempt drew from the bank are graded (and accepted).
    const questions = await app.prisma.quizQuestion.findMany({
      where: {
        section: { version: { moduleId: module.id, status: 'PUBLISHED' } },
        key: { in: attempt.questions.map((question) => question.key) },
      },
      select: { key: true, choices: true },
    });
    const answers = Object.fromEntries(
      questions.map((question) => [
        question.key,
        z
          .array(QuizChoice)
          .parse(question.choices)
          .filter((choice) => choice.correct)
          .map((choice) => choice.key),
      ]),
    );
    expect(
      await mentee.modules.submitQuizAttempt.mutate({ attemptId: attempt.attemptId, answers }),
    ).toMatchObject({ passed: true });
    expect((await mentee.modules.module.query({ slug: module.slug })).completedAt).toBeNull();

    await mentee.reflections.create.mutate({ moduleId: module.id });
    const done = await mentee.modules.module.query({ slug: module.slug });
    expect(done.completion.status).toBe('completed');
    expect(done.completedAt).not.toBeNull();
    const progress = await app.prisma.moduleProgress.findUniqueOrThrow({
      where: { userId_moduleId: { userId: menteeId, moduleId: module.id } },
      select: { status: true },
    });
    expect(progress.status).toBe('COMPLETED');
  });
});
