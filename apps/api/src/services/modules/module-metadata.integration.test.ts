import type { ModuleDraft } from '@preceptor/domain/modules/module-content';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDraft } from '../../authorization/module-fixtures.ts';
import { startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let app: TestApp;
let admin: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.clientFor('admin@preceptor.test');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

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

/** The draft's objectives, references, codes of ethics and review, rewritten as an editor would. */
function rewritten(content: ModuleDraft): ModuleDraft {
  // Every objective stays: the quiz's questions cite them.
  const kept = content.objectives ?? [];
  return {
    ...content,
    objectives: [
      ...kept.map((objective, index) =>
        index === 0 ? { ...objective, text: 'Explain it in your own words.' } : objective,
      ),
      {
        key: 'objective-extra',
        text: 'Respond to a colleague who asks you to sign a record you did not witness.',
      },
    ],
    references: [
      { citation: 'Wald HS, et al. Fostering and evaluating reflective capacity. Acad Med.', year: 2012 },
      { citation: 'ASET Code of Ethics.', year: 2020, kind: 'code_of_ethics', url: 'https://www.aset.org/' },
    ],
    review: { lastReviewed: '2026-11-30', reviewerRole: 'Clinical educator (neuromonitoring)' },
  };
}

describe('module metadata in the editor', () => {
  it('saves objectives, references, codes of ethics and the review on the draft and publishes them with it', async () => {
    const { moduleId, versionId, content } = await freshDraft(app.prisma);
    const edited = rewritten(content);
    await admin.modules.updateDraft.mutate({ versionId, content: edited });
    expect((await admin.modules.versionContent.query({ versionId })).content).toEqual(edited);

    await admin.modules.publishDraft.mutate({ versionId });
    const [published, retired] = await admin.modules.moduleVersions.query({ moduleId });
    expect([published?.status, retired?.status]).toEqual(['PUBLISHED', 'RETIRED']);
    expect((await admin.modules.versionContent.query({ versionId })).content).toEqual(edited);
    const row = await app.prisma.moduleVersion.findUniqueOrThrow({
      where: { id: versionId },
      select: { lastReviewedOn: true, reviewerRole: true },
    });
    expect(row.lastReviewedOn?.toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(row.reviewerRole).toBe('Clinical educator (neuromonitoring)');
  });

  it('refuses a reference without a year on save, keeping the saved draft', async () => {
    const { versionId, content } = await freshDraft(app.prisma);
    const undated = { ...content, references: [{ citation: 'A source without a year.', year: 0 }] };
    const refused = await refusal(admin.modules.updateDraft.mutate({ versionId, content: undated }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.fieldErrors).toEqual({ 'content.references.0.year': ['Give the year of publication.'] });
    expect((await admin.modules.versionContent.query({ versionId })).content).toEqual(content);
  });

  it('keeps an unmeasurable or sixth objective in the draft as typed, and refuses to publish it', async () => {
    const { versionId, content } = await freshDraft(app.prisma);
    const [first, ...others] = content.objectives ?? [];
    if (!first) throw new Error('fixture');
    const extra = ['e', 'f'].map((key) => ({
      key: `objective-${key}`,
      text: 'Apply it at the next handoff.',
    }));
    const draft = {
      ...content,
      objectives: [{ ...first, text: 'Understand the hierarchy of actions.' }, ...others, ...extra].slice(
        0,
        6,
      ),
    };
    await admin.modules.updateDraft.mutate({ versionId, content: draft });
    expect((await admin.modules.versionContent.query({ versionId })).content).toEqual(draft);
    const refused = await refusal(admin.modules.publishDraft.mutate({ versionId }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.fieldErrors).toEqual({
      'content.objectives': ['List 3 to 5 learning objectives (found 6).'],
      'content.objectives.0.text': [
        expect.stringMatching(/^Start with something a learner can be seen doing/),
      ],
    });
  });

  it('saves a draft with fewer than three objectives and no review, but will not publish it', async () => {
    const { versionId, content } = await freshDraft(app.prisma);
    const { review: _review, ...unreviewed } = content;
    const thin: ModuleDraft = {
      ...unreviewed,
      objectives: (content.objectives ?? []).slice(0, 2),
      references: (content.references ?? []).filter((reference) => reference.kind === 'code_of_ethics'),
      // Questions citing a dropped objective would be refused for that instead.
      sections: content.sections.map((section) =>
        section.kind === 'quiz'
          ? {
              ...section,
              questions: section.questions.map(({ objective: _objective, ...question }) => question),
            }
          : section,
      ),
    };
    await admin.modules.updateDraft.mutate({ versionId, content: thin });
    const refused = await refusal(admin.modules.publishDraft.mutate({ versionId }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.fieldErrors).toMatchObject({
      'content.objectives': ['List 3 to 5 learning objectives (found 2).'],
      'content.references': ['Cite at least one source, with its year.'],
      'content.review': ['Say when the facts and citations were last reviewed, and by whom (a role).'],
    });
  });
});
