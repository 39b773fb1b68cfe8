import type { DrillDownInput } from '@preceptor/domain/reports/drill-down-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS, ACTORS, type ActorName } from '../../authorization/actors.ts';
import { hospitalId } from '../../authorization/admin-fixtures.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/*
 * The reports on PostgreSQL with the demo network, tried as each of the eight actors: who may
 * read them, that a coordinator's figures and lists hold only their hospitals' people (the
 * cardiac cohort spans St. Mary's and Pacific Crest), that each figure drills down to exactly
 * as many rows as it counts, and that no reflection words appear anywhere.
 */

let app: TestApp;
const clients = new Map<ActorName, TestClient>();
const MARKER = 'zebra-quartz-title-never-in-reports';

function client(actor: ActorName): TestClient {
  const found = clients.get(actor);
  if (!found) throw new Error(`No client for ${actor}`);
  return found;
}

const REPORTS = [
  'participation',
  'engagement',
  'learning',
  'reflectionPipeline',
  'matchHealth',
  'cohortComparison',
] as const;

async function everyReport(c: TestClient) {
  const r = c.reports;
  return Promise.all([
    r.participation.query({}),
    r.engagement.query({}),
    r.learning.query({}),
    r.reflectionPipeline.query({}),
    r.matchHealth.query({}),
    r.cohortComparison.query({}),
  ] as const);
}

async function total(c: TestClient, input: DrillDownInput): Promise<number> {
  return (await c.reports.drillDown.query(input)).total;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const actor of ACTORS) {
    clients.set(actor, actor === 'anonymous' ? app.anonymous() : await app.clientFor(ACTOR_EMAILS[actor]));
  }
  // A reviewed reflection of mentee@ whose words must never reach a report.
  const mentee = await app.userId(ACTOR_EMAILS.mentee);
  const mentor = await app.userId(ACTOR_EMAILS.mentor);
  await app.prisma.reflection.create({
    data: {
      authorId: mentee,
      title: MARKER,
      body: `<p>${MARKER} body</p>`,
      status: 'REVIEWED',
      sharedAt: new Date(Date.now() - 3 * 86_400_000),
      versions: { create: { version: 1, title: MARKER, body: `<p>${MARKER}</p>` } },
      shares: { create: { mentorId: mentor, version: 1, sharedAt: new Date(Date.now() - 3 * 86_400_000) } },
      reviews: {
        create: {
          mentorId: mentor,
          reflectionVersion: 1,
          level: 'REFLECTION',
          generalComment: `${MARKER} comment`,
          outcome: 'REVIEWED',
        },
      },
    },
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('who may read reports', () => {
  it.each(['anonymous', 'mentee', 'otherMentee', 'mentor', 'otherMentor'] as const)(
    '%s is refused',
    async (actor) => {
      const expected = actor === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN';
      for (const name of REPORTS)
        expect(await outcomeCode(client(actor).reports[name].query({}))).toBe(expected);
      expect(await outcomeCode(client(actor).reports.drillDown.query({ figure: 'members' }))).toBe(expected);
    },
  );

  it.each(['otherCoordinator', 'coordinator', 'admin'] as const)('%s reads every report', async (actor) => {
    await expect(everyReport(client(actor))).resolves.toHaveLength(REPORTS.length);
  });

  it('a coordinator asking for another hospital or its cohort finds nothing there', async () => {
    const neuro = await app.prisma.cohort.findFirstOrThrow({
      where: { name: { contains: 'Neuromonitoring' } },
    });
    const smh = await hospitalId(app.prisma, 'SMH');
    const other = client('otherCoordinator');
    expect(await outcomeCode(other.reports.learning.query({ hospitalId: smh }))).toBe('NOT_FOUND');
    expect(await outcomeCode(other.reports.learning.query({ cohortId: neuro.id }))).toBe('NOT_FOUND');
    expect(await outcomeCode(other.reports.drillDown.query({ figure: 'members', cohortId: neuro.id }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('a coordinator counts and lists only their hospitals’ people', () => {
  it.each([
    ['coordinator', ['SMH']],
    ['otherCoordinator', ['PCH']],
    ['admin', ['SMH', 'LUH', 'PCH']],
  ] as const)('%s', async (actor, codes) => {
    const ids = await Promise.all(codes.map((code) => hospitalId(app.prisma, code)));
    // Counted independently of the report SQL: memberships of people at these hospitals, in
    // cohorts that include one of them.
    const memberships = await app.prisma.membership.findMany({
      where: {
        user: { hospitalId: { in: ids } },
        cohort: { hospitals: { some: { hospitalId: { in: ids } } } },
      },
      select: { userId: true, role: true },
    });
    const expected = (role: 'MENTOR' | 'MENTEE') =>
      new Set(memberships.filter((m) => m.role === role).map((m) => m.userId)).size;

    const c = client(actor);
    const participation = await c.reports.participation.query({});
    for (const role of ['MENTOR', 'MENTEE'] as const) {
      expect(participation.byRole.find((row) => row.role === role)?.people ?? 0).toBe(expected(role));
    }
    const names = new Set(
      (await app.prisma.hospital.findMany({ where: { id: { in: ids } }, select: { name: true } })).map(
        (h) => h.name,
      ),
    );
    const listed = await c.reports.drillDown.query({ figure: 'members' });
    expect(listed.total).toBe(memberships.length);
    for (const row of listed.rows) expect(names.has(row.hospitalName ?? '')).toBe(true);
  });

  it('in the cohort shared by two hospitals, each coordinator sees their own people only', async () => {
    const cardiac = await app.prisma.cohort.findFirstOrThrow({ where: { name: { contains: 'Cardiac' } } });
    const [smh, pch] = await Promise.all(
      ['SMH', 'PCH'].map((code) =>
        app.prisma.hospital.findUniqueOrThrow({ where: { code }, select: { name: true } }),
      ),
    );
    const mine = await client('coordinator').reports.drillDown.query({
      figure: 'members',
      cohortId: cardiac.id,
    });
    const theirs = await client('otherCoordinator').reports.drillDown.query({
      figure: 'members',
      cohortId: cardiac.id,
    });
    const all = await client('admin').reports.drillDown.query({ figure: 'members', cohortId: cardiac.id });
    expect(mine.total).toBeGreaterThan(0);
    expect(theirs.total).toBeGreaterThan(0);
    expect(new Set(mine.rows.map((row) => row.hospitalName))).toEqual(new Set([smh?.name]));
    expect(new Set(theirs.rows.map((row) => row.hospitalName))).toEqual(new Set([pch?.name]));
    expect(all.total).toBe(mine.total + theirs.total);

    const learning = await client('coordinator').reports.learning.query({ cohortId: cardiac.id });
    expect(new Set(learning.byCohort.map((row) => row.hospitalName))).toEqual(new Set([smh?.name]));
  });
});

describe('each figure drills down to as many people as it counts', () => {
  it.each(['coordinator', 'otherCoordinator', 'admin'] as const)('%s', async (actor) => {
    const c = client(actor);
    const [participation, engagement, learning, pipeline, health] = await everyReport(c);

    for (const row of participation.byRole) {
      // A person in two cohorts is one person but two memberships: the list is per membership.
      expect(await total(c, { figure: 'members', role: row.role })).toBeGreaterThanOrEqual(row.people);
    }
    for (const row of participation.matches) {
      expect(await total(c, { figure: 'matches', matchStatus: row.status })).toBe(row.matches);
    }
    const quiet = engagement.byCohort.reduce((sum, row) => sum + row.quietMatches, 0);
    expect(await total(c, { figure: 'quietMatches' })).toBe(quiet);
    for (const row of learning.byModule) {
      for (const state of ['completed', 'inProgress', 'notStarted', 'overdue'] as const) {
        expect(await total(c, { figure: 'assignments', moduleId: row.moduleId, assignment: state })).toBe(
          row[state],
        );
      }
    }
    for (const row of learning.quizzes) {
      expect(await total(c, { figure: 'quizAttempts', moduleId: row.moduleId, quiz: 'passed' })).toBe(
        row.peoplePassed,
      );
    }
    for (const row of health.mentorLoad) {
      expect(await total(c, { figure: 'mentorLoad', load: row.load })).toBe(row.mentors);
    }
    const endedEarly = health.endedEarly.reduce((sum, row) => sum + row.matches, 0);
    expect(await total(c, { figure: 'endedEarly' })).toBe(endedEarly);
    expect(pipeline.written).toBe(pipeline.byStage.reduce((sum, row) => sum + row.reflections, 0));
  });

  it('the coordinator sees who is overdue in the cardiac cohort', async () => {
    const overdue = await client('coordinator').reports.drillDown.query({
      figure: 'assignments',
      assignment: 'overdue',
    });
    expect(overdue.total).toBeGreaterThan(0);
    for (const row of overdue.rows) {
      expect(row.status).toBe('Overdue');
      expect(row.dueAt?.getTime()).toBeLessThan(Date.now());
      expect(row.moduleTitle).toBeTruthy();
    }
  });
});

describe('no reflection words in reports', () => {
  it('titles, bodies and review comments stay out of every report and list', async () => {
    const admin = client('admin');
    const reports = await everyReport(admin);
    const lists = await Promise.all(
      (['members', 'matches', 'reflections', 'reviews', 'quietMatches', 'assignments'] as const).map(
        (figure) => admin.reports.drillDown.query({ figure }),
      ),
    );
    const pipeline = await admin.reports.reflectionPipeline.query({});
    expect(pipeline.turnaround.reviews).toBeGreaterThan(0);
    expect(JSON.stringify([reports, lists])).not.toContain(MARKER);
  });
});
