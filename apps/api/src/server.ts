import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { createThrottles } from './auth/password-guess-throttle.ts';
import type { ReadCache } from './cache/read-cache.ts';
import type { LogLevel, TrustProxy } from './env.ts';
import { registerCertificateRoute } from './http/certificate-route.ts';
import { registerCrossOriginGuard } from './http/cross-origin.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerExportRoute } from './http/export-route.ts';
import { RequestLog } from './http/request-log.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerUnsubscribeRoute } from './http/unsubscribe-route.ts';
import type { JobLog, JobObserver, JobQueue } from './jobs/job-queue.ts';
import { registerHealthAndMetrics } from './observability/health-and-metrics-routes.ts';
import { createMetrics } from './observability/metrics.ts';
import { type AppRouter, appRouter } from './routers/app-router.ts';
import {
  type Clock,
  DEFAULT_PROGRAMME_NAME,
  type Mailer,
  type ServiceConfig,
  systemClock,
} from './services/service-context.ts';
import { contextFactory, type ServerDeps } from './trpc/context.ts';

export const DEFAULT_PORTAL_DIST = fileURLToPath(new URL('../../portal/dist', import.meta.url));

export interface ServerOptions {
  prisma: ServerDeps['db'];
  /** Settings services read (env.ts: serviceConfigFromEnv); none by default. */
  config?: ServiceConfig;
  /** Sends set-password links; null (default): links are shown to staff instead. */
  mailer?: Mailer | null;
  clock?: Clock;
  /** Serve the built portal from this folder (production: one process, one port). */
  portalDist?: string | null;
  /** The portal's public origin; mutations from any other origin are refused. */
  publicOrigin?: string;
  /** Proxies whose X-Forwarded-* headers count: a hop count or their addresses (env TRUST_PROXY). */
  trustProxy?: TrustProxy;
  /** Log at this level (pino's names; env LOG_LEVEL), or not at all when false/unset. */
  logLevel?: LogLevel | false;
  /**
   * Starts this process's job queue once the server is built (main.ts: pg-boss with the
   * schedules); it is stopped gracefully when the server closes. Unset: no jobs run here.
   */
  startJobs?: (tools: { log: JobLog; observe: JobObserver }) => Promise<JobQueue>;
  /** /metrics answers only with `Authorization: Bearer <token>`; unset: /metrics is off. */
  metricsToken?: string | null;
  /**
   * Sessions and hot per-person reads kept in this process, fed by the database's notifications
   * (main.ts starts its listener); unset: every request reads the database.
   */
  readCache?: ReadCache | null;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const server = Fastify({
    logger: options.logLevel ? { level: options.logLevel } : false,
    logController: new RequestLog(),
    trustProxy: options.trustProxy ?? false,
    // tRPC batches several calls into one URL.
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: 2 * 1024 * 1024,
  });
  let jobQueue: JobQueue | null = null;
  const metrics = createMetrics({
    db: options.prisma,
    jobLagSeconds: async () => (jobQueue ? jobQueue.lagSeconds() : null),
    readCache: () => options.readCache?.stats() ?? null,
  });
  const deps: ServerDeps = {
    db: options.prisma,
    throttles: createThrottles(options.prisma),
    mailer: options.mailer ?? null,
    clock: options.clock ?? systemClock,
    config: options.config ?? { publicOrigin: null, smtpFrom: null, programmeName: DEFAULT_PROGRAMME_NAME },
    observeProcedure: metrics.observeProcedure,
    readCache: options.readCache ?? null,
  };

  registerSecurityHeaders(server);
  registerCrossOriginGuard(server, options.publicOrigin);
  registerErrorHandler(server);
  await server.register(fastifyCookie);
  // API responses over 1 KB; the portal's files come precompressed from its build (below).
  // Brotli at quality 4: most of its gain for a fraction of the default quality 11's CPU time.
  await server.register(fastifyCompress, {
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });

  await server.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: contextFactory(deps),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          server.log.error({ err: error, path }, 'tRPC procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  registerCertificateRoute(server, deps);
  registerExportRoute(server, deps);
  await registerUnsubscribeRoute(server, deps);
  registerHealthAndMetrics(server, {
    db: deps.db,
    jobQueue: () => jobQueue,
    metrics,
    metricsToken: options.metricsToken ?? null,
  });
  if (options.startJobs) {
    jobQueue = await options.startJobs({ log: server.log, observe: metrics.observeJob });
    const running = jobQueue;
    // Graceful: running jobs finish before the database closes (main.ts closes it after this).
    server.addHook('onClose', async () => running.stop());
  }

  const portalDist = options.portalDist;
  if (portalDist && existsSync(path.join(portalDist, 'index.html'))) {
    await server.register(fastifyStatic, {
      root: portalDist,
      // One route for every file: with `wildcard: false` the plugin globbed the build and
      // registered two routes per file (about 700 files with the .br, .gz and .map copies),
      // a quarter of a second of each start. A path with no file falls through to the
      // not-found handler below, as before.
      wildcard: true,
      // The build writes .br and .gz next to each file (apps/portal/scripts/compress-assets.mjs).
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => reply.header('cache-control', cacheControlFor(filePath)),
    });
    // The portal routes in the browser: any other GET for a page gets index.html.
    server.setNotFoundHandler((req, reply) => {
      const wantsPage =
        req.method === 'GET' && !req.url.startsWith('/trpc') && req.headers.accept?.includes('text/html');
      if (wantsPage) return reply.type('text/html').sendFile('index.html');
      return reply.code(404).send({ error: 'Not found' });
    });
  }

  return server;
}

/**
 * Files under assets/ carry a content hash in their name: a changed file gets a new name, so
 * browsers may keep them for good. Anything else (index.html above all) is checked every time,
 * so a new release is picked up on the next page load.
 */
function cacheControlFor(filePath: string): string {
  return path.basename(path.dirname(filePath)) === 'assets'
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}
