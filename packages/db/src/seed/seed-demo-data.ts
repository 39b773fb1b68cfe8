/**
 * The demo seed: a small, realistic Preceptor network to sign in to and click through.
 *
 * Idempotency: the seed is all-or-nothing. It runs in one interactive transaction and
 * skips entirely when `admin@preceptor.test` already exists — the admin is written first
 * and committed with everything else, so its presence means a complete earlier seed. A
 * transaction-scoped advisory lock makes two concurrent runs (two API processes starting
 * on one database) seed once rather than collide on unique emails. It does not upsert:
 * a database that holds other people but no demo admin is seeded as if empty; a clash
 * with an existing email aborts the whole transaction, and a module slug that already
 * exists gets a new published version (importModuleContent's rule) rather than a duplicate.
 */
import { hash } from '@node-rs/argon2';
import type { ModuleContent } from '@preceptor/domain/modules/module-content';
import { loadModuleContent } from '../content/load-modules.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { importModuleContent } from '../modules/import-module-content.ts';
import { seedCheckIns } from './check-ins.ts';
import { DEMO_PASSWORD } from './demo-accounts.ts';
import { type JournalCounts, type SeededModuleRef, seedJournal } from './journal.ts';
import { DEMO_STAFF } from './network.ts';
import { personByEmail } from './people.ts';
import { seedCohorts } from './seed-cohorts.ts';
import { requireId, seedPeople } from './seed-people.ts';
import { seedReviewHistory } from './seed-review-history.ts';

/** The same argon2id settings the API uses to hash passwords (OWASP: m=19 MiB, t=2, p=1). */
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/** Arbitrary constant key for pg_advisory_xact_lock: "seeding the demo". */
const SEED_LOCK_KEY = 7_352_001;

/** Backdated so the catalogue predates the cohorts that assign it. */
const MODULES_PUBLISHED_AT = new Date('2026-08-03T14:00:00.000Z');

const ADMIN_EMAIL =
  DEMO_STAFF.find((staff) => staff.kind === 'NETWORK_ADMIN')?.email ?? 'admin@preceptor.test';

export interface SeedDemoOptions {
  /** Module content to import; defaults to `loadModuleContent()` (packages/db/content/modules). Pass [] to skip. */
  readonly modules?: readonly ModuleContent[];
  /** A ready argon2id hash of the demo password, to skip hashing (tests seeding many databases). */
  readonly passwordHash?: string;
  /** Interactive-transaction timeout; generous because a cold PGlite can be slow. */
  readonly timeoutMs?: number;
}

export interface SeedCounts extends JournalCounts {
  hospitals: number;
  users: number;
  mentors: number;
  mentees: number;
  staffRoles: number;
  cohorts: number;
  memberships: number;
  matches: number;
  preferences: number;
  modules: number;
  curriculumItems: number;
  checkIns: number;
  reviews: number;
}

export interface SeedDemoResult {
  /** False when demo data was already present and nothing was written. */
  readonly seeded: boolean;
  /** What this run created (all zeros when it skipped). */
  readonly counts: SeedCounts;
  readonly durationMs: number;
}

const NOTHING: SeedCounts = {
  hospitals: 0,
  users: 0,
  mentors: 0,
  mentees: 0,
  staffRoles: 0,
  cohorts: 0,
  memberships: 0,
  matches: 0,
  preferences: 0,
  modules: 0,
  curriculumItems: 0,
  checkIns: 0,
  reflections: 0,
  goals: 0,
  meetings: 0,
  notifications: 0,
  reviews: 0,
};

export { isDatabaseEmpty } from './is-database-empty.ts';

async function hasDemoAdmin(prisma: Pick<PrismaClient, 'user'>): Promise<boolean> {
  return (await prisma.user.findUnique({ where: { email: ADMIN_EMAIL }, select: { id: true } })) !== null;
}

export async function seedDemoData(
  prisma: PrismaClient,
  options: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  const started = performance.now();
  const done = (seeded: boolean, counts: SeedCounts): SeedDemoResult => ({
    seeded,
    counts,
    durationMs: Math.round(performance.now() - started),
  });
  // Cheap check first, so a second run costs one query rather than a password hash.
  if (await hasDemoAdmin(prisma)) return done(false, NOTHING);

  // File reading and hashing stay outside the transaction so it holds its lock briefly.
  const [modules, passwordHash] = await Promise.all([
    options.modules ?? loadModuleContent(),
    options.passwordHash ?? hash(DEMO_PASSWORD, ARGON2_OPTIONS),
  ]);

  const counts = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      // Re-checked under the lock: another process may have seeded while we hashed.
      if (await hasDemoAdmin(tx)) return null;

      const people = await seedPeople(tx, passwordHash);
      const imported: SeededModuleRef[] = [];
      for (const content of modules) {
        imported.push(
          await importModuleContent(tx, content, {
            publish: true,
            createdById: people.adminId,
            publishedAt: MODULES_PUBLISHED_AT,
          }),
        );
      }
      const cohorts = await seedCohorts(tx, { ...people, modules: imported });

      const cardiacModules = cohorts.curricula.get('cardiac') ?? [];
      const journal = await seedJournal(tx, {
        mentee: requireId(people.userIds, 'mentee@preceptor.test', 'user'),
        menteeHospitalId: requireId(
          people.hospitalIds,
          personByEmail('mentee@preceptor.test').hospital,
          'hospital',
        ),
        mentor: requireId(people.userIds, 'mentor@preceptor.test', 'user'),
        pairMatchId: requireId(cohorts.matchIds, 'mentee@preceptor.test', 'match'),
        mentee2: requireId(people.userIds, 'mentee2@preceptor.test', 'user'),
        mentor2: requireId(people.userIds, 'mentor2@preceptor.test', 'user'),
        pair2MatchId: requireId(cohorts.matchIds, 'mentee2@preceptor.test', 'match'),
        // The shared reflection is about speaking up, so it answers that module's prompt when present.
        promptModule:
          cardiacModules.find((module) => module.slug.includes('speaking-up')) ?? cardiacModules[0] ?? null,
      });
      // Earlier reflections, shared and reviewed, so growth charts and reports have history.
      const history = await seedReviewHistory(tx, people);
      const checkIns = await seedCheckIns(tx, {
        pairMatchId: requireId(cohorts.matchIds, 'mentee@preceptor.test', 'match'),
        mentee: requireId(people.userIds, 'mentee@preceptor.test', 'user'),
        mentor: requireId(people.userIds, 'mentor@preceptor.test', 'user'),
      });
      return {
        ...people.counts,
        ...cohorts.counts,
        ...journal,
        reflections: journal.reflections + history.reflections,
        notifications: journal.notifications + history.notifications,
        reviews: history.reviews,
        checkIns,
        modules: imported.length,
      };
    },
    { maxWait: 10_000, timeout: options.timeoutMs ?? 60_000 },
  );
  return counts ? done(true, counts) : done(false, NOTHING);
}

/** One line for logs and the CLI. */
export function describeSeedResult(result: SeedDemoResult): string {
  if (!result.seeded) return `Demo data already present (${ADMIN_EMAIL} exists): nothing to do.`;
  const c = result.counts;
  return (
    `Seeded demo data in ${(result.durationMs / 1000).toFixed(1)} s: ${c.hospitals} hospitals, ` +
    `${c.users} users (${c.mentors} mentors, ${c.mentees} mentees), ${c.cohorts} cohorts, ` +
    `${c.memberships} memberships, ${c.matches} active matches, ${c.modules} modules, ` +
    `${c.curriculumItems} curriculum items, ${c.reflections} reflections, ${c.reviews} reviews.`
  );
}
