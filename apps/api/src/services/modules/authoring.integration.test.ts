import { loadModuleContent } from '@preceptor/db/content/load-modules';
import type { ModuleDraft } from '@preceptor/domain/modules/module-content';
import { moveSection, newSection } from '@preceptor/domain/modules/new-section';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { freshContent, freshDraft } from '../../authorization/module-fixtures.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let app: TestApp;
let admin: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.clientFor('admin@preceptor.test');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** How a call was refused: its code, message and the per-field messages the portal shows. */
async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as { code?: string; details?: { fieldErrors?: Record<string, string[]> } };
    return { code: data.code, message: error.message, fieldErrors: data.details?.fieldErrors ?? {} };
  }
  throw new Error('The call was not refused');
}

const indexOfKind = (content: ModuleDraft, kind: string) =>
  content.sections.findIndex((section) => section.kind === kind);

async function storedPositions(versionId: string) {
  const rows = await app.prisma.moduleSection.findMany({
    where: { versionId },
    orderBy: { position: 'asc' },
    select: { key: true, position: true },
  });
  return rows;
}

describe('module versions', () => {
  it('edits only drafts, publishes a draft and retires the version before it', async () => {
    const { moduleId, versionId: draftId, content } = await freshDraft(app.prisma);
    const [draft, published] = await admin.modules.moduleVersions.query({ moduleId });
    expect([draft?.status, published?.status]).toEqual(['DRAFT', 'PUBLISHED']);
    if (!published) throw new Error('unreachable');

    // createDraft returns the open draft rather than forking a second one.
    expect((await admin.modules.createDraft.mutate({ moduleId })).versionId).toBe(draftId);

    const edited = {
      ...content,
      title: 'A clearer title',
      audience: ['NURSING' as const, 'PERFUSION' as const],
    };
    await admin.modules.updateDraft.mutate({ versionId: draftId, content: edited });
    expect((await admin.modules.versionContent.query({ versionId: draftId })).content).toEqual(edited);
    expect(
      await outcomeCode(
        admin.modules.updateDraft.mutate({ versionId: published.versionId, content: edited }),
      ),
    ).toBe('PRECONDITION_FAILED');
    const slugChange = await refusal(
      admin.modules.updateDraft.mutate({ versionId: draftId, content: { ...edited, slug: 'another-slug' } }),
    );
    expect(slugChange).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { slug: [`Keep the slug "${content.slug}".`] },
    });

    await admin.modules.publishDraft.mutate({ versionId: draftId });
    const after = await admin.modules.moduleVersions.query({ moduleId });
    expect(after.map((version) => version.status)).toEqual(['PUBLISHED', 'RETIRED']);
    expect(await outcomeCode(admin.modules.publishDraft.mutate({ versionId: draftId }))).toBe(
      'PRECONDITION_FAILED',
    );
    // The published version is unchanged by the edit of its successor.
    expect((await admin.modules.versionContent.query({ versionId: published.versionId })).content).toEqual(
      content,
    );

    const next = await admin.modules.createDraft.mutate({ moduleId });
    expect(next).toMatchObject({ status: 'DRAFT', version: 3 });
    expect((await admin.modules.versionContent.query({ versionId: next.versionId })).content).toEqual(edited);
  });
});

describe('draft sections', () => {
  it('adds, removes and reorders sections, and the versions before stay as they were', async () => {
    const { moduleId, versionId, content } = await freshDraft(app.prisma);
    const keys = content.sections.map((section) => section.key);
    const lesson = {
      ...newSection('lesson', keys),
      title: 'Speaking to families',
      body: 'Say *what* you saw.',
    };
    if (lesson.kind !== 'lesson') throw new Error('unreachable');
    expect(keys).not.toContain(lesson.key);
    const caseIndex = indexOfKind(content, 'case');
    let sections = [...content.sections, lesson].filter((_, index) => index !== caseIndex);
    sections = moveSection(sections, sections.length - 1, 0);
    const edited: ModuleDraft = { ...content, sections };

    await admin.modules.updateDraft.mutate({ versionId, content: edited });
    expect((await admin.modules.versionContent.query({ versionId })).content).toEqual(edited);
    expect(await storedPositions(versionId)).toEqual(
      sections.map((section, index) => ({ key: section.key, position: index + 1 })),
    );

    const [, published] = await admin.modules.moduleVersions.query({ moduleId });
    if (!published) throw new Error('unreachable');
    expect((await admin.modules.versionContent.query({ versionId: published.versionId })).content).toEqual(
      content,
    );
    // A published version refuses section changes just as it refuses any other.
    const onPublished = await refusal(
      admin.modules.updateDraft.mutate({ versionId: published.versionId, content: edited }),
    );
    expect(onPublished.code).toBe('PRECONDITION_FAILED');
    expect(onPublished.message).toMatch(/is published and cannot change; create a new draft/);
    expect(await storedPositions(published.versionId)).toEqual(
      content.sections.map((section, index) => ({ key: section.key, position: index + 1 })),
    );
  });

  it('saves an unfinished draft and names what is missing when it is published', async () => {
    const { moduleId, versionId, content } = await freshDraft(app.prisma);
    const quizIndex = indexOfKind(content, 'quiz');
    const unfinished: ModuleDraft = {
      ...content,
      sections: content.sections
        .filter((section) => section.kind !== 'reflection')
        .map((section) => (section.kind === 'quiz' ? { ...section, questions: [] } : section)),
    };
    await admin.modules.updateDraft.mutate({ versionId, content: unfinished });
    expect((await admin.modules.versionContent.query({ versionId })).content).toEqual(unfinished);

    const refused = await refusal(admin.modules.publishDraft.mutate({ versionId }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toBe('Version 2 is not ready to publish: 2 parts are missing.');
    expect(refused.fieldErrors).toEqual({
      'content.sections': ['A module has exactly one reflection section (found 0).'],
      [`content.sections.${quizIndex}.questions`]: ['Add at least one question to the quiz.'],
    });
    const statuses = (await admin.modules.moduleVersions.query({ moduleId })).map(
      (version) => version.status,
    );
    expect(statuses).toEqual(['DRAFT', 'PUBLISHED']);

    // Finished, it publishes.
    await admin.modules.updateDraft.mutate({ versionId, content });
    expect((await admin.modules.publishDraft.mutate({ versionId })).status).toBe('PUBLISHED');
  });

  it('refuses a draft that breaks the rules, naming every problem at its field, and keeps the saved one', async () => {
    const { versionId, content } = await freshDraft(app.prisma);
    const quiz = content.sections[indexOfKind(content, 'quiz')];
    const [first, second] = content.sections;
    if (!quiz || !first || !second) throw new Error('fixture');
    const broken = {
      ...content,
      sections: [
        first.kind === 'lesson' ? { ...first, body: '  ' } : first,
        { ...second, key: first.key },
        ...content.sections.slice(2),
        { ...quiz, key: 'quiz-2' },
      ],
    };
    const refused = await refusal(admin.modules.updateDraft.mutate({ versionId, content: broken }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toBe('The draft was not saved: 3 problems to fix.');
    expect(refused.fieldErrors).toEqual({
      'content.sections.0.body': ['Write the lesson.'],
      'content.sections.1.key': [`Duplicate key "${first.key}".`],
      'content.sections': ['A module has exactly one quiz section (found 2).'],
    });
    expect((await admin.modules.versionContent.query({ versionId })).content).toEqual(content);

    const badKey = await refusal(
      admin.modules.updateDraft.mutate({
        versionId,
        content: { ...content, sections: [{ ...first, key: 'Not A Key' }, ...content.sections.slice(1)] },
      }),
    );
    expect(Object.keys(badKey.fieldErrors)).toEqual(['content.sections.0.key']);
  });
});

describe('module files', () => {
  it('round-trips a module through export and import, audience included, as a draft', async () => {
    const { versionId, content } = await freshDraft(app.prisma);
    expect(content.audience.length).toBeGreaterThan(0);
    const reordered = { ...content, audience: [...content.audience].reverse() };
    await admin.modules.updateDraft.mutate({ versionId, content: reordered });
    await admin.modules.publishDraft.mutate({ versionId });
    const exported = await admin.modules.exportModule.query({ versionId });
    expect(exported.fileName).toBe(`${content.slug}-v2.yaml`);
    expect(parse(exported.text)).toEqual(reordered);
    const imported = await admin.modules.importModule.mutate({ text: exported.text });
    expect(imported).toMatchObject({ status: 'DRAFT', version: 3 });
    expect((await admin.modules.versionContent.query({ versionId: imported.versionId })).content).toEqual(
      reordered,
    );
    expect(await outcomeCode(admin.modules.importModule.mutate({ text: exported.text }))).toBe('CONFLICT');
  });

  it('round-trips an unfinished draft, which stays unpublishable until finished', async () => {
    const content = freshContent();
    const unfinished = { ...content, sections: content.sections.filter((s) => s.kind !== 'quiz') };
    const imported = await admin.modules.importModule.mutate({ text: stringify(unfinished) });
    const exported = await admin.modules.exportModule.query({ versionId: imported.versionId });
    expect(parse(exported.text)).toEqual(unfinished);
    expect(await outcomeCode(admin.modules.publishDraft.mutate({ versionId: imported.versionId }))).toBe(
      'PRECONDITION_FAILED',
    );
  });

  it('refuses a broken file with every problem named and saves nothing', async () => {
    const content = freshContent();
    const [first] = content.sections;
    if (!first) throw new Error('fixture');
    const broken = {
      ...content,
      audience: ['PERFUSION', 'PERFUSION'],
      sections: [...content.sections, { ...first, title: '' }],
    };
    const before = await app.prisma.module.count();
    const refused = await refusal(admin.modules.importModule.mutate({ text: JSON.stringify(broken) }));
    expect(refused.code).toBe('BAD_REQUEST');
    const last = content.sections.length;
    expect(refused.fieldErrors.text).toEqual([
      `sections.${last}.title: Give it a title.`,
      `sections.${last}.key: Duplicate key "${first.key}".`,
      'audience.1: PERFUSION is listed twice.',
    ]);
    expect(refused.message).toMatch(/^The module file has 3 problem\(s\): /);
    const unknown = await refusal(
      admin.modules.importModule.mutate({ text: JSON.stringify({ ...content, audience: ['WIZARD'] }) }),
    );
    expect(unknown.message).toMatch(/audience\.0: Invalid option/);
    expect(await outcomeCode(admin.modules.importModule.mutate({ text: 'title: [unclosed' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await app.prisma.module.count()).toBe(before);
  });
});

describe('audience for mentees', () => {
  it('shows a mentee who the module they take is written for', async () => {
    const mentee = await app.clientFor('mentee@preceptor.test');
    const [assigned] = await mentee.modules.myModules.query();
    if (!assigned) throw new Error('The demo mentee has no modules');
    const file = loadModuleContent().find((module) => module.slug === assigned.slug);
    const module = await mentee.modules.module.query({ slug: assigned.slug });
    expect(module.audience).toEqual(file?.audience);
    expect(module.audience.length).toBeGreaterThan(0);
  });
});
