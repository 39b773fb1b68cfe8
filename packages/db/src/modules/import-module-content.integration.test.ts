import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModuleContent } from '../content/load-modules.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { importModuleContent } from './import-module-content.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

const content = loadModuleContent()[0];
if (!content) throw new Error('No module content to import');

describe('importModuleContent', () => {
  it('creates module, published version 1, sections in order and quiz questions', async () => {
    const imported = await db.prisma.$transaction((tx) =>
      importModuleContent(tx, content, { publish: true, createdById: null }),
    );
    expect(imported).toMatchObject({
      slug: content.slug,
      version: 1,
      createdModule: true,
      status: 'PUBLISHED',
    });
    const version = await db.prisma.moduleVersion.findUniqueOrThrow({
      where: { id: imported.versionId },
      include: { sections: { orderBy: { position: 'asc' }, include: { questions: true } } },
    });
    expect(version.publishedAt).not.toBeNull();
    expect(version.ceHours.toFixed(2)).toBe(content.ceHours.toFixed(2));
    expect(content.audience.length).toBeGreaterThan(0);
    expect(version.audience).toEqual(content.audience);
    expect(version.sections.map((section) => section.key)).toEqual(
      content.sections.map((section) => section.key),
    );
    const quiz = version.sections.find((section) => section.kind === 'QUIZ');
    const source = content.sections.find((section) => section.kind === 'quiz');
    expect(quiz?.passMark).toBe(source?.kind === 'quiz' ? source.passMark : undefined);
    expect(quiz?.questions).toHaveLength(source?.kind === 'quiz' ? source.questions.length : -1);
    expect(quiz?.questions[0]?.choices).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: expect.any(String), correct: true })]),
    );
    const reflection = version.sections.find((section) => section.kind === 'REFLECTION');
    expect(reflection?.body.length).toBeGreaterThan(0);
  });

  it('importing an existing slug adds the next version and retires the previous published one', async () => {
    const second = await db.prisma.$transaction((tx) =>
      importModuleContent(
        tx,
        { ...content, title: `${content.title} (revised)` },
        { publish: true, createdById: null },
      ),
    );
    expect(second).toMatchObject({ version: 2, createdModule: false });
    const versions = await db.prisma.moduleVersion.findMany({
      where: { module: { slug: content.slug } },
      orderBy: { version: 'asc' },
    });
    expect(versions.map((version) => [version.version, version.status])).toEqual([
      [1, 'RETIRED'],
      [2, 'PUBLISHED'],
    ]);
  });

  it('imports as a draft without touching the published version', async () => {
    const draft = await db.prisma.$transaction((tx) =>
      importModuleContent(tx, content, { publish: false, createdById: null }),
    );
    expect(draft).toMatchObject({ version: 3, status: 'DRAFT' });
    const statuses = await db.prisma.moduleVersion.findMany({
      where: { module: { slug: content.slug } },
      orderBy: { version: 'asc' },
      select: { status: true, publishedAt: true },
    });
    expect(statuses.map((row) => row.status)).toEqual(['RETIRED', 'PUBLISHED', 'DRAFT']);
    expect(statuses[2]?.publishedAt).toBeNull();
  });

  it('publishes only a complete module and writes nothing otherwise', async () => {
    const versionsBefore = await db.prisma.moduleVersion.count();
    const withoutQuiz = {
      ...content,
      sections: content.sections.filter((section) => section.kind !== 'quiz'),
    };
    await expect(
      db.prisma.$transaction((tx) =>
        importModuleContent(tx, withoutQuiz, { publish: true, createdById: null }),
      ),
    ).rejects.toThrow(/not complete enough to publish: sections: A module has exactly one quiz section/);
    expect(await db.prisma.moduleVersion.count()).toBe(versionsBefore);
  });
});
