import { checkDatabase, createPrismaClient, DatabaseUnavailableError, migrateDatabase } from '@preceptor/db';
import { isDatabaseEmpty, seedDemoData } from '@preceptor/db/seed';
import { startCacheListener } from './cache/cache-listener.ts';
import { ReadCache } from './cache/read-cache.ts';
import { readEnvironment, serviceConfigFromEnv } from './env.ts';
import { startJobQueue } from './jobs/job-queue.ts';
import { SCHEDULES } from './jobs/schedules.ts';
import { createSmtpMailer } from './mail/smtp-mailer.ts';
import { buildServer, DEFAULT_PORTAL_DIST } from './server.ts';
import { systemClock } from './services/service-context.ts';
import { demoModeNotice, listenHost, seedsDemoData } from './startup/demo-mode.ts';
import { assertNoPublishedDemoPassword } from './startup/published-demo-password.ts';

/** Start-up: one clear line on any failure, never a stack trace for a configuration problem. */
async function main(): Promise<void> {
  const { env, dbConfig } = readEnvironment();
  // One handle for migrations and queries: an embedded database can be opened only once.
  const database = createPrismaClient(dbConfig);
  const { prisma, close } = database;
  await checkDatabase(prisma);
  await migrateDatabase(database);

  // Demo data only on the embedded database, and only when it is empty; a real
  // PostgreSQL is seeded only on purpose (pnpm db:seed).
  if (seedsDemoData(env) && (await isDatabaseEmpty(prisma))) {
    console.log('Empty embedded database: loading demo data…');
    await seedDemoData(prisma);
  }
  await assertNoPublishedDemoPassword(prisma, env);

  // Bypassed until its listener is in place (and whenever that connection is down).
  const readCache = new ReadCache();
  const cacheListener = await startCacheListener(
    readCache,
    database.pglite
      ? { kind: 'pglite', pglite: database.pglite }
      : { kind: 'postgresql', connectionString: dbConfig.databaseUrl ?? '' },
    { onProblem: (message, error) => console.warn(message, error instanceof Error ? error.message : '') },
  );

  const config = serviceConfigFromEnv(env);
  const mailer = createSmtpMailer(env.SMTP_URL, config);
  const server = await buildServer({
    prisma,
    config,
    mailer,
    metricsToken: env.METRICS_TOKEN ?? null,
    readCache,
    startJobs: env.RUN_JOBS
      ? ({ log, observe }) =>
          startJobQueue({
            database,
            connectionString: env.DATABASE_URL ?? null,
            schedules: SCHEDULES,
            // Scheduled work acts as the system: no actor, the real clock.
            context: (name) => ({
              db: prisma,
              actor: null,
              meta: { ipAddress: null, userAgent: `job ${name}` },
              mailer,
              clock: systemClock,
              config,
            }),
            log,
            observe,
          })
      : undefined,
    portalDist: env.NODE_ENV === 'production' ? DEFAULT_PORTAL_DIST : null,
    publicOrigin: env.PUBLIC_ORIGIN,
    trustProxy: env.TRUST_PROXY,
    logLevel: env.NODE_ENV === 'test' ? false : env.LOG_LEVEL,
  });
  const shutdown = async () => {
    await server.close();
    await cacheListener.close();
    await close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await server.listen({ port: env.PORT, host: listenHost(env) });
  const notice = demoModeNotice(env);
  if (notice) console.log(notice);
  console.log(`Preceptor is ready on http://localhost:${env.PORT}`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof DatabaseUnavailableError || error instanceof Error ? error.message : String(error);
  console.error(`Preceptor could not start: ${message}`);
  process.exit(1);
});
