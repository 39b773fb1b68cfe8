import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../seed/seed-demo-data.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { importPeopleFile } from './import-people-file.ts';

const HEADER = 'email,first_name,last_name,hospital,role,profession,specialty,years_experience,capacity';
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const run = promisify(execFile);

let db: TestDatabase;
let cohortId: string;
const dir = mkdtempSync(path.join(tmpdir(), 'preceptor-import-'));

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  const smh = await db.prisma.hospital.findUniqueOrThrow({ where: { code: 'SMH' } });
  const cohort = await db.prisma.cohort.create({
    data: {
      name: 'Import test cohort',
      startDate: new Date('2027-01-01'),
      endDate: new Date('2027-12-31'),
      hospitals: { create: [{ hospitalId: smh.id }] },
    },
  });
  cohortId = cohort.id;
}, 120_000);

afterAll(async () => {
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

function generated(count: number, prefix: string): string {
  const lines = [HEADER];
  for (let i = 0; i < count; i++) {
    const mentor = i % 5 === 0;
    lines.push(
      `${prefix}${i}@bulk.example,First${i},Last${i},${['SMH', 'LUH', 'PCH'][i % 3]},${mentor ? 'mentor' : 'mentee'},Nursing,Cardiac,${i % 30},${mentor ? 2 : ''}`,
    );
  }
  return lines.join('\n');
}

describe('importing people from CSV', () => {
  it('imports nothing from a file with a bad row, naming the row', async () => {
    const before = await db.prisma.user.count();
    const csv = `${HEADER}\nok@file.example,Ok,Person,SMH,,,,,\nbad@file.example,Bad,Person,ZZZ,,,,,\n`;
    const outcome = await importPeopleFile(db.prisma, csv, { fileName: 'bad.csv' });
    expect(outcome).toEqual({
      ok: false,
      problems: [{ line: 3, message: '"ZZZ" is not a partner hospital’s short code.' }],
    });
    expect(await db.prisma.user.count()).toBe(before);
  });

  it('imports a clean file into a cohort, then re-importing it changes nothing', async () => {
    const csv = `${HEADER}\nana@file.example,Ana,Ruiz,SMH,mentor,Perfusion,Pediatric,12,3\nbo@file.example,Bo,Li,SMH,mentee,Perfusion,,2,\n`;
    const first = await importPeopleFile(db.prisma, csv, { fileName: 'a.csv', cohort: 'Import test cohort' });
    expect(first).toMatchObject({
      ok: true,
      result: { created: 2, updated: 0, unchanged: 0, membershipsAdded: 2, membershipsUpdated: 0 },
    });
    const ana = await db.prisma.user.findUniqueOrThrow({
      where: { email: 'ana@file.example' },
      include: { profile: true, memberships: true },
    });
    expect(ana.profile).toMatchObject({
      profession: 'PERFUSION',
      yearsExperience: 12,
      careerStage: 'SENIOR',
    });
    expect(ana.memberships).toMatchObject([{ cohortId, role: 'MENTOR', capacity: 3 }]);
    expect(ana.passwordHash).toBeNull();
    expect(ana.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const again = await importPeopleFile(db.prisma, csv, { fileName: 'a.csv', cohort: cohortId });
    expect(again).toMatchObject({
      ok: true,
      result: { created: 0, updated: 0, unchanged: 2, membershipsAdded: 0, membershipsUpdated: 0 },
    });

    const changed = csv
      .replace('Bo,Li', 'Bo,Lee')
      .replace('mentor,Perfusion,Pediatric,12,3', 'mentor,Perfusion,Pediatric,12,4');
    const third = await importPeopleFile(db.prisma, changed, { fileName: 'a.csv', cohort: cohortId });
    expect(third).toMatchObject({
      ok: true,
      result: { created: 0, updated: 1, unchanged: 1, membershipsUpdated: 1 },
    });
    const audit = await db.prisma.auditLog.count({ where: { action: 'people.import', entityId: cohortId } });
    expect(audit).toBe(3);
  });

  it('refuses a cohort member from a hospital outside the cohort', async () => {
    const csv = `${HEADER}\ncy@file.example,Cy,Oh,LUH,mentee,,,,\n`;
    const outcome = await importPeopleFile(db.prisma, csv, { fileName: 'c.csv', cohort: cohortId });
    expect(outcome).toEqual({
      ok: false,
      problems: [{ line: 2, message: 'LUH is not one of Import test cohort’s hospitals.' }],
    });
    expect(await db.prisma.user.findUnique({ where: { email: 'cy@file.example' } })).toBeNull();
  });

  it('moves an existing person to another hospital only when asked to', async () => {
    const csv = `${HEADER}\nmover@file.example,Mo,Ver,SMH,,,,,\n`;
    expect(await importPeopleFile(db.prisma, csv, { fileName: 'm.csv' })).toMatchObject({ ok: true });
    const moved = csv.replace(',SMH,', ',LUH,');
    expect(await importPeopleFile(db.prisma, moved, { fileName: 'm.csv' })).toEqual({
      ok: false,
      problems: [
        {
          line: 2,
          message:
            'mover@file.example belongs to SMH, not LUH; an import moves people between hospitals only when asked to.',
        },
      ],
    });
    const luh = await db.prisma.hospital.findUniqueOrThrow({ where: { code: 'LUH' } });
    expect(await importPeopleFile(db.prisma, moved, { fileName: 'm.csv', movePeople: true })).toMatchObject({
      ok: true,
      result: { updated: 1 },
    });
    expect(
      (await db.prisma.user.findUniqueOrThrow({ where: { email: 'mover@file.example' } })).hospitalId,
    ).toBe(luh.id);
  });

  it('imports 10,000 rows in one go within seconds, and again without creating anyone', async () => {
    const csv = generated(10_000, 'bulk');
    const started = performance.now();
    const first = await importPeopleFile(db.prisma, csv, { fileName: 'bulk.csv' });
    const firstMs = performance.now() - started;
    expect(first).toMatchObject({ ok: true, result: { created: 10_000, updated: 0 } });
    const again = performance.now();
    const second = await importPeopleFile(db.prisma, csv, { fileName: 'bulk.csv' });
    const secondMs = performance.now() - again;
    expect(second).toMatchObject({ ok: true, result: { created: 0, updated: 0, unchanged: 10_000 } });
    console.log(`10,000 rows: first import ${firstMs.toFixed(0)} ms, re-import ${secondMs.toFixed(0)} ms`);
    expect(firstMs).toBeLessThan(5_000);
    expect(await db.prisma.profile.count({ where: { user: { email: { endsWith: '@bulk.example' } } } })).toBe(
      10_000,
    );
  });
});

describe('pnpm people:import', () => {
  async function cli(file: string, ...args: string[]) {
    const csvPath = path.join(dir, file);
    // Run from another folder, like IT staff would: FILE is relative to where the command is typed.
    return run('pnpm', ['-C', REPO_ROOT, '--silent', 'people:import', file, ...args], {
      cwd: dir,
      env: { ...process.env, DATABASE_URL: db.url ?? '' },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr, csvPath }),
      (error: { code: number; stdout: string; stderr: string }) => ({ ...error, csvPath }),
    );
  }

  it('exits non-zero naming every bad row, and imports a clean file', async () => {
    writeFileSync(
      path.join(dir, 'bad.csv'),
      `${HEADER}\nx@cli.example,X,Y,SMH,,,,,\nnope,A,B,SMH,boss,,,,\n`,
    );
    const bad = await cli('bad.csv');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('line 3: "nope" is not an email address.');
    expect(bad.stderr).toContain('line 3: role "boss" is neither mentor nor mentee.');
    expect(bad.stderr).toContain('Nothing was imported: 1 row needs fixing.');

    writeFileSync(path.join(dir, 'good.csv'), `${HEADER}\nx@cli.example,X,Y,SMH,mentee,,,,\n`);
    const good = await cli('good.csv', '--cohort', 'Import test cohort');
    expect(good.stderr).toBe('');
    expect(good.stdout).toContain('1 created, 0 updated, 0 unchanged');
    expect(good.stdout).toContain('Import test cohort: 1 members added, 0 updated.');
  });
});
