// The public certificate check, attacked over HTTP: what it reveals, and guessing ids at volume.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../server.ts';
import { newCertificateId } from '../services/modules/certificate-id.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

let app: TestApp;
let portalDist: string;
let portalServer: FastifyInstance;
const OWNER = 'mentee@preceptor.test';
let realId: string;

beforeAll(async () => {
  app = await startTestApp();
  portalDist = mkdtempSync(path.join(tmpdir(), 'preceptor-portal-'));
  writeFileSync(
    path.join(portalDist, 'index.html'),
    '<!doctype html><title>Preceptor</title><div id="root"></div>',
  );
  portalServer = await buildServer({ prisma: app.prisma, portalDist });
  const version = await app.prisma.moduleVersion.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
  realId = newCertificateId();
  await app.prisma.moduleProgress.upsert({
    where: { userId_moduleId: { userId: await app.userId(OWNER), moduleId: version.moduleId } },
    update: { status: 'COMPLETED', completedAt: new Date(), certificateId: realId },
    create: {
      userId: await app.userId(OWNER),
      moduleId: version.moduleId,
      moduleVersionId: version.id,
      status: 'COMPLETED',
      completedAt: new Date(),
      certificateId: realId,
    },
  });
}, 120_000);

afterAll(async () => {
  await portalServer?.close();
  await app?.close();
  if (portalDist) rmSync(portalDist, { recursive: true, force: true });
});

/** The portal's own call, as the browser makes it: a GET with the input in the query string. */
function verify(certificateId: string): Promise<Response> {
  const input = encodeURIComponent(JSON.stringify({ json: { certificateId } }));
  return fetch(`${app.origin}/trpc/certificates.verify?input=${input}`);
}

describe('what the public check reveals', () => {
  it('a real id: the name, module, day and validity, and not the email, hospital or scores', async () => {
    const response = await verify(realId);
    expect(response.status).toBe(200);
    const body = await response.text();
    const data = JSON.parse(body).result.data.json;
    expect(Object.keys(data).sort()).toEqual([
      'certificateId',
      'completedOn',
      'moduleTitle',
      'personName',
      'status',
    ]);
    const owner = await app.prisma.user.findUniqueOrThrow({
      where: { email: OWNER },
      select: { id: true, hospital: { select: { name: true } } },
    });
    expect(body).not.toContain('@');
    expect(body).not.toContain(OWNER);
    expect(body).not.toContain(owner.id);
    expect(body).not.toContain(owner.hospital?.name ?? 'no hospital');
    expect(body).not.toMatch(/score|attempt|hospital|cohort|email/i);
  });

  it('an unknown id: 404 with one sentence, nothing about the database or other certificates', async () => {
    const response = await verify(newCertificateId());
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(JSON.parse(body).error.json.message).toBe('No valid certificate has this ID.');
    expect(body).not.toMatch(/prisma|ModuleProgress|SELECT|\.ts:\d|@/);
  });

  it('sends the security headers on the check and on the portal page that makes it', async () => {
    const responses = {
      'the verify call': Object.fromEntries((await verify(realId)).headers),
      'the verify page': (
        await portalServer.inject({ url: `/verify/${realId}`, headers: { accept: 'text/html' } })
      ).headers,
    };
    for (const [where, headers] of Object.entries(responses)) {
      expect(headers['content-security-policy'], where).toMatch(/frame-ancestors 'none'/);
      expect(headers['content-security-policy'], where).toMatch(/script-src 'self'/);
      expect(headers['x-content-type-options'], where).toBe('nosniff');
      // The id is in the page's URL: no Referer may carry it to another site.
      expect(headers['referrer-policy'], where).toBe('no-referrer');
    }
  });
});

describe('guessing ids', () => {
  it('makes an address wait after 30 lookups, and a real id does not buy more guesses', async () => {
    await app.prisma.throttleCounter.deleteMany({ where: { key: { startsWith: 'certificate-lookup:' } } });
    for (let lookup = 1; lookup <= 30; lookup++) {
      // Alternating with a real id, as someone holding one certificate might.
      if (lookup % 2 === 0) expect((await verify(realId)).status).toBe(200);
      else expect((await verify(newCertificateId())).status).toBe(404);
    }
    const refused = await verify(newCertificateId());
    expect(refused.status).toBe(429);
    expect(JSON.parse(await refused.text()).error.json.message).toMatch(
      /^Too many certificate lookups\. Try again in \d+ seconds?\.$/,
    );
    // While it waits, the address learns nothing, not even about a real id.
    expect((await verify(realId)).status).toBe(429);
  });
});
