import { seedDemoData } from '@preceptor/db/seed';
import { createTestDatabase } from '@preceptor/db/testing/test-database';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { FastifyInstance } from 'fastify';
import superjson from 'superjson';
import { createSession } from '../auth/sessions.ts';
import { createSmtpMailer } from '../mail/smtp-mailer.ts';
import type { AppRouter } from '../routers/app-router.ts';
import { buildServer } from '../server.ts';
import { DEFAULT_PROGRAMME_NAME } from '../services/service-context.ts';
import { freePort } from './server-processes.ts';

export type TestClient = ReturnType<typeof createTRPCClient<AppRouter>>;

export interface TestAppOptions {
  /** A mail server (nodemailer URL): set-password links are then emailed, with links to this app. */
  smtpUrl?: string;
  /**
   * Whether the app knows its public origin (default: yes, as the demo and a configured
   * deployment do; links are then queued in the outbox). False: neither PUBLIC_ORIGIN nor a mail
   * server, where a reset link can go nowhere.
   */
  publicOrigin?: boolean;
  /** Turns on /metrics behind this bearer token. */
  metricsToken?: string;
}

/**
 * A real server on a port of its own, over a fresh PostgreSQL database with the demo data.
 * Clients sign in by a session created directly in the database (cheap), so tests can
 * act as any person without paying argon2 for each.
 */
export async function startTestApp(options: TestAppOptions = {}) {
  const database = await createTestDatabase();
  await seedDemoData(database.prisma);
  // The port is chosen first, so links in emails (and invitations in the outbox) point at this server.
  const knowsOrigin = options.publicOrigin !== false || Boolean(options.smtpUrl);
  const port = knowsOrigin ? await freePort() : 0;
  const config = {
    publicOrigin: knowsOrigin ? `http://127.0.0.1:${port}` : null,
    smtpFrom: null,
    programmeName: DEFAULT_PROGRAMME_NAME,
  };
  const server: FastifyInstance = await buildServer({
    prisma: database.prisma,
    config,
    mailer: createSmtpMailer(options.smtpUrl, config),
    metricsToken: options.metricsToken ?? null,
  });
  await server.listen({ port, host: '127.0.0.1' });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no port');
  const origin = `http://127.0.0.1:${address.port}`;

  function client(cookie?: string): TestClient {
    return createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${origin}/trpc`,
          transformer: superjson,
          headers: () => ({ origin, ...(cookie ? { cookie } : {}) }),
        }),
      ],
    });
  }

  async function userId(email: string): Promise<string> {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    return user.id;
  }

  /** A client signed in as the person with this email, on a session of its own. */
  async function clientFor(email: string): Promise<TestClient> {
    const { token } = await createSession(database.prisma, await userId(email), {
      ipAddress: null,
      userAgent: 'test',
    });
    return client(`preceptor_session=${token}`);
  }

  return {
    prisma: database.prisma,
    /** The database's connection string (null on the PGlite fallback), for tests that start main.ts on it. */
    databaseUrl: database.url,
    origin,
    server,
    anonymous: () => client(),
    clientFor,
    userId,
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/** The tRPC error code of a failed call, or null when the call succeeded. */
export async function outcomeCode(call: Promise<unknown>): Promise<string | null> {
  try {
    await call;
    return null;
  } catch (error) {
    if (error instanceof TRPCClientError)
      return (error.data as { code?: string } | undefined)?.code ?? 'UNKNOWN';
    throw error;
  }
}
