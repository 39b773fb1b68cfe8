import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { DEFAULT_PROGRAMME_SETTINGS } from '@preceptor/domain/programme/programme-settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNetwork, type TestNetwork } from '../../testing/programme-network.ts';
import { fixedClock } from '../../testing/service-context.ts';
import { welcomeMatches } from './match-welcome.ts';

/* The welcome on publishing: "why we matched you" from the match's factors, and nothing else of the other. */

let database: TestDatabase;
let network: TestNetwork;
const ctx = {
  clock: fixedClock(new Date('2027-01-05T10:00:00Z')),
  config: {
    publicOrigin: 'https://preceptor.example.org',
    smtpFrom: null,
    programmeName: 'Preceptor test programme',
  },
};
const factor = (name: string, points: number, detail: string) => ({
  factor: name,
  weight: 10,
  value: 1,
  points,
  detail,
});

beforeAll(async () => {
  database = await createTestDatabase();
  network = await buildNetwork(database.prisma);
  await database.prisma.match.update({
    where: { id: network.matchId },
    data: {
      factors: [
        factor('specialty', 20, 'Both in ECMO'),
        factor('language', 0, 'No language in common'),
        factor('goals', 15, 'Mentor’s expertise meets 2 of the mentee’s goals'),
      ],
    },
  });
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

const cohort = () => ({ id: network.cohortId, name: 'Spring' });

describe('welcome on publishing', () => {
  it('emails both people why they were matched, strongest reason first, once', async () => {
    await welcomeMatches(database.prisma, ctx, cohort(), [network.matchId]);
    await welcomeMatches(database.prisma, ctx, cohort(), [network.matchId]);
    const emails = await database.prisma.outboxEmail.findMany({ where: { kind: 'programme.match_welcome' } });
    expect(emails).toHaveLength(2);
    const toMentee = emails.find((e) => e.recipientId === network.menteeId);
    expect(toMentee?.subject).toBe('Meet your mentor: Mona Tester');
    expect(toMentee?.text).toMatch(/Why we matched you:\n- Both in ECMO\n- Mentor’s expertise meets 2/);
    expect(toMentee?.text).not.toContain('No language in common');
    const mentor = await database.prisma.user.findUniqueOrThrow({ where: { id: network.mentorId } });
    expect(toMentee?.text).not.toContain(mentor.email);
    expect(emails.find((e) => e.recipientId === network.mentorId)?.subject).toBe(
      'Meet your mentee: Eli Tester',
    );
  });

  it('sends nothing when the cohort turned welcomes off', async () => {
    await database.prisma.outboxEmail.deleteMany({ where: { kind: 'programme.match_welcome' } });
    await database.prisma.cohortProgrammeSettings.create({
      data: { cohortId: network.cohortId, ...DEFAULT_PROGRAMME_SETTINGS, matchWelcomeEnabled: false },
    });
    await welcomeMatches(database.prisma, ctx, cohort(), [network.matchId]);
    expect(await database.prisma.outboxEmail.count({ where: { kind: 'programme.match_welcome' } })).toBe(0);
  });
});
