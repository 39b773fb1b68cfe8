// Downloads (list exports and the cohort summary) over HTTP: who gets a file, what it holds,
// that it is audited, and that a formula in a name arrives as text.
import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/sessions.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

let app: TestApp;
const FORMULA = '=HYPERLINK("http://evil.example","Open")';

beforeAll(async () => {
  app = await startTestApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function cookieOf(email: string): Promise<string> {
  const { token } = await createSession(app.prisma, await app.userId(email), {
    ipAddress: null,
    userAgent: 'test',
  });
  return `preceptor_session=${token}`;
}

async function download(path: string, email: string | null, headers: Record<string, string> = {}) {
  const cookie = email ? await cookieOf(email) : undefined;
  const response = await fetch(`${app.origin}${path}`, {
    headers: { ...(cookie ? { cookie } : {}), ...headers },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
}

/** The data lines of a CSV without line breaks inside cells (the demo data has none). */
const csvLines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);

async function cohortId(name: string): Promise<string> {
  return (
    await app.prisma.cohort.findFirstOrThrow({ where: { name: { contains: name } }, select: { id: true } })
  ).id;
}

async function exportEntries(actorEmail: string) {
  return app.prisma.auditLog.findMany({
    where: { actorId: await app.userId(actorEmail), action: { startsWith: 'export.' } },
    orderBy: { createdAt: 'desc' },
  });
}

describe('who may download', () => {
  it('asks anonymous visitors to sign in and refuses mentees and mentors, with no rows', async () => {
    expect((await download('/exports/people.csv', null)).status).toBe(401);
    for (const email of [
      'mentee@preceptor.test',
      'mentor@preceptor.test',
      'mentee2@preceptor.test',
      'mentor2@preceptor.test',
    ]) {
      const response = await download('/exports/people.csv', email);
      expect(response.status).toBe(403);
      expect(response.text).not.toContain('@');
      const summary = await download(
        `/exports/cohort-summary.pdf?cohortId=${await cohortId('Cardiac')}`,
        email,
      );
      expect(summary.status).toBe(403);
    }
  });

  it("refuses a coordinator of another hospital every list and summary of a cohort they don't run", async () => {
    const neuro = await cohortId('Neuromonitoring');
    for (const path of [
      `/exports/cohort-members.csv?cohortId=${neuro}`,
      `/exports/cohort-matches.xlsx?cohortId=${neuro}`,
      `/exports/cohort-summary.pdf?cohortId=${neuro}`,
    ]) {
      for (const email of ['coordinator2@preceptor.test', 'coordinator@preceptor.test']) {
        const response = await download(path, email);
        expect(response.status, `${email} ${path}`).toBe(404);
        expect(response.headers.get('content-type')).toContain('application/json');
      }
      expect((await download(path, 'admin@preceptor.test')).status).toBe(200);
    }
  });

  it('refuses a download started by another site, and writes no audit entry for it', async () => {
    const before = (await exportEntries('admin@preceptor.test')).length;
    const response = await download('/exports/people.csv', 'admin@preceptor.test', {
      'sec-fetch-site': 'cross-site',
    });
    expect(response.status).toBe(403);
    expect(response.text).not.toContain('@');
    expect((await exportEntries('admin@preceptor.test')).length).toBe(before);
  });

  it('refuses unknown lists and bad filters with a sentence', async () => {
    expect((await download('/exports/passwords.csv', 'admin@preceptor.test')).status).toBe(404);
    expect((await download('/exports/people.pdf', 'admin@preceptor.test')).status).toBe(404);
    const bad = await download('/exports/people.csv?profession=PILOT', 'admin@preceptor.test');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error).toMatch(/profession/);
    const noCohort = await download('/exports/cohort-members.csv', 'admin@preceptor.test');
    expect(noCohort.status).toBe(400);
  });
});

describe('what a file holds', () => {
  it("gives a coordinator their hospitals' people only, as on the people page", async () => {
    const smh = await app.prisma.hospital.findUniqueOrThrow({ where: { code: 'SMH' } });
    const response = await download('/exports/people.csv?status=ALL', 'coordinator@preceptor.test');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="people-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = csvLines(response.text);
    expect(header).toBe('Name,Email,Hospital,Profession,Specialty,Roles in open cohorts,Status,Getting in');
    expect(rows.length).toBe(await app.prisma.user.count({ where: { hospitalId: smh.id } }));
    const outsiders = await app.prisma.user.findMany({
      where: { NOT: { hospitalId: smh.id } },
      select: { email: true },
    });
    for (const { email } of outsiders) expect(response.text).not.toContain(email);
  });

  it("gives each coordinator of a shared cohort only their own hospital's members", async () => {
    const cardiac = await cohortId('Cardiac');
    const pch = await app.prisma.hospital.findUniqueOrThrow({ where: { code: 'PCH' } });
    const response = await download(
      `/exports/cohort-members.csv?cohortId=${cardiac}`,
      'coordinator2@preceptor.test',
    );
    expect(response.status).toBe(200);
    const rows = csvLines(response.text).slice(1);
    expect(rows.length).toBe(
      await app.prisma.membership.count({
        where: { cohortId: cardiac, active: true, user: { hospitalId: pch.id } },
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(pch.name.includes(',') ? `"${pch.name}"` : pch.name);
    expect(response.headers.get('content-disposition')).toContain(
      'cohort-members-2027-cardiac-perfusion-fellowship-',
    );
  });

  it("gives a coordinator a report's people and a shared cohort's matches for their hospitals only", async () => {
    const pch = await app.prisma.hospital.findUniqueOrThrow({ where: { code: 'PCH' } });
    const assigned = await download(
      '/exports/report-people.csv?figure=assignments',
      'coordinator2@preceptor.test',
    );
    expect(assigned.status).toBe(200);
    const [header, ...rows] = csvLines(assigned.text);
    expect(header).toBe('Name,Email,Hospital,Cohort,Module,Status,Due,Completed');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(`,${csvField(pch.name)},`);

    const cardiac = await cohortId('Cardiac');
    const matches = await download(
      `/exports/cohort-matches.csv?cohortId=${cardiac}`,
      'coordinator2@preceptor.test',
    );
    expect(matches.status).toBe(200);
    const matchRows = csvLines(matches.text).slice(1);
    expect(matchRows.length).toBeGreaterThan(0);
    expect(matchRows.length).toBeLessThan(
      await app.prisma.match.count({ where: { cohortId: cardiac, status: { in: ['ACTIVE', 'ENDED'] } } }),
    );
    for (const row of matchRows) expect(row).toContain(pch.name);
    const smhPeople = await app.prisma.user.findMany({
      where: { hospital: { code: 'SMH' } },
      select: { firstName: true, lastName: true },
    });
    for (const person of smhPeople)
      expect(matches.text).not.toContain(`${person.firstName} ${person.lastName}`);
  });

  it('neutralises a formula in a name: the CSV cell starts with a quote mark', async () => {
    const smh = await app.prisma.hospital.findUniqueOrThrow({ where: { code: 'SMH' } });
    await app.prisma.user.create({
      data: { email: 'formula@stmarys.example', firstName: FORMULA, lastName: 'Person', hospitalId: smh.id },
    });
    const response = await download(
      '/exports/people.csv?search=formula%40stmarys',
      'coordinator@preceptor.test',
    );
    const [, row] = csvLines(response.text);
    expect(row).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Open"") Person",formula@stmarys.example,${csvField(smh.name)},,,,Active,Never invited`,
    );
  });

  it('writes XLSX as a workbook', async () => {
    const response = await download(
      '/exports/people.xlsx?search=formula%40stmarys',
      'coordinator@preceptor.test',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('exports the audit log in words, within the coordinator’s hospitals', async () => {
    const pch = await app.prisma.hospital.findUniqueOrThrow({ where: { code: 'PCH' } });
    // Counted first: the export's own entry comes after the file is made.
    const visible = await app.prisma.auditLog.count({ where: { hospitalIds: { has: pch.id } } });
    const response = await download('/exports/audit.csv', 'coordinator2@preceptor.test');
    expect(response.status).toBe(200);
    const [header, ...rows] = csvLines(response.text);
    expect(header).toBe('When (UTC),Who,Their email,What happened,Action code,Hospitals,Details');
    expect(rows.length).toBe(visible);
    expect(response.text).toMatch(/Started the match between/);
    const smhOnly = await app.prisma.user.findMany({
      where: { hospital: { code: 'SMH' } },
      select: { firstName: true, lastName: true },
    });
    for (const person of smhOnly)
      expect(response.text).not.toContain(`${person.firstName} ${person.lastName} (`);
  });

  it('summarises a cohort on one PDF page', async () => {
    const response = await download(
      `/exports/cohort-summary.pdf?cohortId=${await cohortId('Cardiac')}`,
      'coordinator@preceptor.test',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await PDFDocument.load(response.bytes)).getPageCount()).toBe(1);
    const text = pdfText(response.bytes);
    expect(text).toContain('2027 Cardiac & Perfusion Fellowship');
    expect(text).toContain('Reflections shared with a mentor');
    expect(text).toContain('Figures count only the people of St. Mary');
    const titles = await app.prisma.reflection.findMany({ select: { title: true } });
    expect(titles.length).toBeGreaterThan(0);
    for (const { title } of titles) expect(text).not.toContain(title);
  });
});

describe('every export is audited', () => {
  it('records who exported which list, with which filters, how many rows and the format', async () => {
    await download(
      '/exports/people.csv?search=formula%40stmarys&profession=NURSING',
      'coordinator@preceptor.test',
    );
    const [entry] = await exportEntries('coordinator@preceptor.test');
    const smh = await app.prisma.hospital.findUniqueOrThrow({ where: { code: 'SMH' } });
    expect(entry).toMatchObject({
      action: 'export.download',
      entityType: 'Export',
      entityId: 'people',
      hospitalIds: [smh.id],
      metadata: {
        list: 'people',
        format: 'csv',
        rows: 0,
        filters: {
          search: 'formula@stmarys',
          profession: 'NURSING',
          status: 'ACTIVE',
          sort: 'name',
          descending: false,
        },
      },
    });
  });

  it('records the cohort summary against the cohort, for the viewer’s hospitals', async () => {
    const cardiac = await cohortId('Cardiac');
    await download(`/exports/cohort-summary.pdf?cohortId=${cardiac}`, 'coordinator2@preceptor.test');
    const [entry] = await exportEntries('coordinator2@preceptor.test');
    const pch = await app.prisma.hospital.findUniqueOrThrow({ where: { code: 'PCH' } });
    expect(entry).toMatchObject({
      action: 'export.cohort_summary',
      entityId: cardiac,
      hospitalIds: [pch.id],
    });
  });

  it('leaves no entry for a refused export', async () => {
    const before = (await exportEntries('coordinator2@preceptor.test')).length;
    await download(
      `/exports/cohort-members.csv?cohortId=${await cohortId('Neuromonitoring')}`,
      'coordinator2@preceptor.test',
    );
    expect((await exportEntries('coordinator2@preceptor.test')).length).toBe(before);
  });
});

/**
 * The words drawn on a pdf-lib page: its content streams inflated, each `<hex> Tj` decoded
 * (pdf-lib writes standard-font text as hex strings).
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const words: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const [, hex] of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) {
      words.push(Buffer.from(hex ?? '', 'hex').toString('latin1'));
    }
  }
  return words.join('\n');
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
