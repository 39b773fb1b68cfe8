import { formatCertificateId } from '@preceptor/domain/modules/certificate-schemas';
import { LearningObjective } from '@preceptor/domain/modules/module-content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSession } from '../../auth/sessions.ts';
import { pdfText } from '../../testing/pdf-text.ts';
import { outcomeCode, startTestApp, type TestApp } from '../../testing/test-app.ts';
import { DEFAULT_PROGRAMME_NAME } from '../service-context.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** A completion recorded before certificate ids existed: COMPLETED, with no id yet. */
async function earlierCompletion(email: string) {
  const version = await app.prisma.moduleVersion.findFirstOrThrow({
    where: { status: 'PUBLISHED', progress: { none: { user: { email } } } },
    orderBy: { title: 'asc' },
    select: { id: true, moduleId: true, title: true, objectives: true, ceHours: true },
  });
  await app.prisma.moduleProgress.create({
    data: {
      userId: await app.userId(email),
      moduleId: version.moduleId,
      moduleVersionId: version.id,
      status: 'COMPLETED',
      completedAt: new Date('2026-11-20T15:30:00Z'),
    },
  });
  return version;
}

async function download(moduleId: string, email: string): Promise<Uint8Array> {
  const { token } = await createSession(app.prisma, await app.userId(email), {
    ipAddress: null,
    userAgent: 'test',
  });
  const response = await fetch(`${app.origin}/certificates/${moduleId}.pdf`, {
    headers: { cookie: `preceptor_session=${token}` },
  });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe('the certificate', () => {
  it('prints the objectives, hours, issuing programme, a random id and where to verify it', async () => {
    const version = await earlierCompletion('mentor2@preceptor.test');
    const printed = (await pdfText(await download(version.moduleId, 'mentor2@preceptor.test'))).join(' ');
    const progress = await app.prisma.moduleProgress.findFirstOrThrow({
      where: { moduleId: version.moduleId, user: { email: 'mentor2@preceptor.test' } },
      select: { id: true, certificateId: true },
    });
    const id = progress.certificateId ?? '';
    expect(id).toMatch(/^[A-Z2-7]{24}$/);
    expect(id).not.toContain(progress.id.replaceAll('-', '').toUpperCase());
    const objectives = z.array(LearningObjective).parse(version.objectives);
    expect(objectives.length).toBeGreaterThanOrEqual(3);
    for (const objective of objectives) expect(printed).toContain(objective.text.split(/\s+/).join(' '));
    expect(printed).toContain(`Continuing education: ${version.ceHours.toFixed(2)} contact hours`);
    expect(printed).toContain(`Issued by ${DEFAULT_PROGRAMME_NAME}`);
    expect(printed).toContain(`Certificate ID: ${formatCertificateId(id)}`);
    expect(printed).toContain(`Verify this certificate at ${app.origin}/verify/${id}`);
    expect(printed).toContain('November 20, 2026');
  });

  it('keeps the same id across downloads, and gives different people different ids', async () => {
    const mine = await earlierCompletion('mentee2@preceptor.test');
    const idOn = async (bytes: Uint8Array) =>
      (await pdfText(bytes)).find((line) => line.startsWith('Certificate ID: '));
    const first = await idOn(await download(mine.moduleId, 'mentee2@preceptor.test'));
    const second = await idOn(await download(mine.moduleId, 'mentee2@preceptor.test'));
    expect(first).toMatch(/^Certificate ID: [A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
    expect(second).toBe(first);

    const theirs = await earlierCompletion('mentor@preceptor.test');
    const other = await idOn(await download(theirs.moduleId, 'mentor@preceptor.test'));
    expect(other).not.toBe(first);
  });
});

describe('public verification', () => {
  it('tells anyone the name, module, day and validity, and nothing else', async () => {
    const version = await earlierCompletion('coordinator@preceptor.test');
    await download(version.moduleId, 'coordinator@preceptor.test');
    const { certificateId } = await app.prisma.moduleProgress.findFirstOrThrow({
      where: { moduleId: version.moduleId, user: { email: 'coordinator@preceptor.test' } },
      select: { certificateId: true },
    });
    const printedId = formatCertificateId(certificateId ?? '').toLowerCase();
    const verified = await app.anonymous().certificates.verify.query({ certificateId: printedId });
    const person = await app.prisma.user.findUniqueOrThrow({
      where: { email: 'coordinator@preceptor.test' },
      select: { firstName: true, lastName: true },
    });
    expect(verified).toEqual({
      certificateId,
      personName: `${person.firstName} ${person.lastName}`,
      moduleTitle: version.title,
      completedOn: '2026-11-20',
      status: 'valid',
    });
  });

  it('answers an unknown id and an unfinished module alike: not found', async () => {
    const unknown = app.anonymous().certificates.verify.query({ certificateId: 'A'.repeat(24) });
    expect(await outcomeCode(unknown)).toBe('NOT_FOUND');
    const version = await app.prisma.moduleVersion.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    await app.prisma.moduleProgress.create({
      data: {
        userId: await app.userId('admin@preceptor.test'),
        moduleId: version.moduleId,
        moduleVersionId: version.id,
        certificateId: 'B'.repeat(24),
      },
    });
    const unfinished = app.anonymous().certificates.verify.query({ certificateId: 'B'.repeat(24) });
    expect(await outcomeCode(unfinished)).toBe('NOT_FOUND');
    expect(await outcomeCode(app.anonymous().certificates.verify.query({ certificateId: 'not-an-id' }))).toBe(
      'BAD_REQUEST',
    );
  });
});
