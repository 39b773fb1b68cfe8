import type { ModuleContent } from '@preceptor/domain/modules/module-content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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

/** The database keeps no audience column yet, so versions round-trip everything else. */
async function withoutAudience<T extends { content: ModuleContent }>(fixture: Promise<T>): Promise<T> {
  const resolved = await fixture;
  const { audience: _audience, ...content } = resolved.content;
  return { ...resolved, content };
}

describe('module versions', () => {
  it('edits only drafts, publishes a draft and retires the version before it', async () => {
    const { moduleId, versionId: draftId, content } = await withoutAudience(freshDraft(app.prisma));
    const [draft, published] = await admin.modules.moduleVersions.query({ moduleId });
    expect([draft?.status, published?.status]).toEqual(['DRAFT', 'PUBLISHED']);
    if (!published) throw new Error('unreachable');

    // createDraft returns the open draft rather than forking a second one.
    expect((await admin.modules.createDraft.mutate({ moduleId })).versionId).toBe(draftId);

    const edited = { ...content, title: 'A clearer title' };
    await admin.modules.updateDraft.mutate({ versionId: draftId, content: edited });
    expect((await admin.modules.versionContent.query({ versionId: draftId })).content).toEqual(edited);
    expect(
      await outcomeCode(
        admin.modules.updateDraft.mutate({ versionId: published.versionId, content: edited }),
      ),
    ).toBe('PRECONDITION_FAILED');
    expect(
      await outcomeCode(
        admin.modules.updateDraft.mutate({
          versionId: draftId,
          content: { ...edited, slug: 'another-slug' },
        }),
      ),
    ).toBe('BAD_REQUEST');

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

describe('module files', () => {
  it('round-trips a module through export and import, as a draft', async () => {
    const { versionId, content } = await withoutAudience(freshDraft(app.prisma));
    await admin.modules.publishDraft.mutate({ versionId });
    const exported = await admin.modules.exportModule.query({ versionId });
    expect(exported.fileName).toBe(`${content.slug}-v2.yaml`);
    expect(parse(exported.text)).toEqual(content);
    const imported = await admin.modules.importModule.mutate({ text: exported.text });
    expect(imported).toMatchObject({ status: 'DRAFT', version: 3 });
    expect(await outcomeCode(admin.modules.importModule.mutate({ text: exported.text }))).toBe('CONFLICT');
  });

  it('refuses a broken file with every problem named and saves nothing', async () => {
    const content = freshContent();
    const broken = {
      ...content,
      sections: content.sections.filter((section) => section.kind !== 'quiz'),
    };
    const before = await app.prisma.module.count();
    let message = '';
    try {
      await admin.modules.importModule.mutate({ text: JSON.stringify(broken) });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/exactly one quiz section/);
    expect(await outcomeCode(admin.modules.importModule.mutate({ text: 'title: [unclosed' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await app.prisma.module.count()).toBe(before);
  });
});
