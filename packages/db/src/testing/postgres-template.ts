// Fast fresh PostgreSQL databases for tests: the migrations are applied ONCE into a template
// database named after a hash of the migrations folder; each test database is then a
// `CREATE DATABASE … TEMPLATE` copy of it. The template is reused across runs until a migration
// changes, and is built under an advisory lock so parallel test processes don't race.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase } from '../migrate.ts';
import { readMigrationsDir } from '../schema-engine.ts';

const TEMPLATE_PREFIX = 'preceptor_tpl_';
const TEST_DB_PREFIX = 'preceptor_test_';
/** Arbitrary key for pg_advisory_lock, distinct from Prisma's own (72707369). */
const TEMPLATE_LOCK_KEY = 7_270_737;
/** Test databases older than this were left by a crashed run and are dropped. */
const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

/** The same server, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(
  serverUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3_000 });
  client.on('error', () => {}); // a server-side disconnect surfaces on the next query instead
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** A test database name that sorts and ages by creation time: preceptor_test_<ms36>_<random>. */
export function newTestDatabaseName(): string {
  return `${TEST_DB_PREFIX}${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

async function migrationsHash(migrationsDir: string): Promise<string> {
  const list = await readMigrationsDir(migrationsDir);
  const hash = createHash('sha256');
  for (const dir of list.migrationDirectories) {
    const content = dir.migrationFile.content;
    hash.update(`${dir.path}\0${content.tag === 'ok' ? content.value : ''}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

const ready = new Map<string, Promise<string>>();

/** Name of a complete template for these migrations on this server; builds it when missing. */
export function ensureTemplate(serverUrl: string, migrationsDir: string): Promise<string> {
  const key = `${serverUrl}\0${migrationsDir}`;
  let promise = ready.get(key);
  if (!promise) {
    promise = buildTemplateIfMissing(serverUrl, migrationsDir);
    promise.catch(() => ready.delete(key)); // let a later call retry after a failure
    ready.set(key, promise);
  }
  return promise;
}

async function buildTemplateIfMissing(serverUrl: string, migrationsDir: string): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${await migrationsHash(migrationsDir)}`;
  return withAdminClient(serverUrl, async (admin) => {
    // Complete templates refuse connections (set last, after migrating): that is the marker.
    const isComplete = async () => {
      const { rows } = await admin.query<{ datallowconn: boolean }>(
        'SELECT datallowconn FROM pg_database WHERE datname = $1',
        [name],
      );
      return rows[0] ? !rows[0].datallowconn : undefined;
    };
    if ((await isComplete()) === true) {
      await dropLeftovers(admin, name);
      return name;
    }

    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const state = await isComplete();
      if (state === true) return name; // another process built it while we waited
      if (state === false) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`); // half-built
      await admin.query(`CREATE DATABASE "${name}"`);
      await migrateDatabase({ databaseUrl: databaseUrl(serverUrl, name) }, { migrationsDir });
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
      await dropLeftovers(admin, name);
      return name;
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
}

/**
 * Several checkouts (branches with different migrations) may test against one server at once,
 * each with its own template: dropping every other template broke their runs mid-way. So the
 * newest few stay, and older ones go, oldest first (OIDs grow with each CREATE DATABASE).
 */
const TEMPLATES_KEPT = 4;

/** Templates beyond the newest few, and test databases of crashed runs. Best effort. */
async function dropLeftovers(admin: pg.Client, currentTemplate: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE '${TEMPLATE_PREFIX}%' OR datname LIKE '${TEST_DB_PREFIX}%' ORDER BY oid DESC`,
  );
  let templatesSeen = 0;
  for (const { datname } of rows) {
    if (datname === currentTemplate) continue;
    if (datname.startsWith(TEMPLATE_PREFIX) && ++templatesSeen < TEMPLATES_KEPT) continue;
    if (datname.startsWith(TEST_DB_PREFIX)) {
      const created = Number.parseInt(datname.slice(TEST_DB_PREFIX.length).split('_')[0] ?? '', 36);
      if (!(Date.now() - created > STALE_AFTER_MS)) continue;
    }
    await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
  }
}

/** Forgets a template this process built, so the next ensureTemplate checks the server again. */
export function forgetTemplate(serverUrl: string, migrationsDir: string): void {
  ready.delete(`${serverUrl}\0${migrationsDir}`);
}
