// Real server processes (main.ts, as deployed) for integration tests of what spans processes:
// sessions, throttles, jobs, email and the read cache on one PostgreSQL database.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTRPCClient, httpLink } from '@trpc/client';
import getPort from 'get-port';
import superjson from 'superjson';
import type { AppRouter } from '../routers/app-router.ts';

export interface ServerProcess {
  origin: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output: string;
}

/** A port nobody listens on now (get-port, as the benches and e2e use). */
export function freePort(): Promise<number> {
  return getPort({ host: '127.0.0.1' });
}

/** Starts `tsx src/main.ts` on this port with these variables; resolves once it is ready. */
export function startServer(port: number, env: Record<string, string>): Promise<ServerProcess> {
  const apiRoot = fileURLToPath(new URL('../..', import.meta.url));
  const child = spawn(`${apiRoot}/node_modules/.bin/tsx`, ['src/main.ts'], {
    cwd: apiRoot,
    // development: logs on (each job run is a "Job done" line), no built portal needed.
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', ...env },
  });
  const server: ServerProcess = { origin: `http://127.0.0.1:${port}`, child, output: '' };
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      server.output += chunk.toString();
      if (server.output.includes('Preceptor is ready')) resolve(server);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`main.ts exited (${code}):\n${server.output}`)));
  });
}

/** SIGTERM, and wait for the exit. */
export function stopServer(server: ServerProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

/** A tRPC client of one process, sending `origin` (mutations need the public origin). */
export function client(server: ServerProcess, origin: string, cookie?: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${server.origin}/trpc`,
        transformer: superjson,
        headers: () => ({ origin, ...(cookie ? { cookie } : {}) }),
      }),
    ],
  });
}

/** A sign-in over plain HTTP, to read its status and Set-Cookie. */
export function signIn(
  server: ServerProcess,
  origin: string,
  email: string,
  password: string,
): Promise<Response> {
  return fetch(`${server.origin}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ json: { email, password } }),
  });
}

/** The `name=value` of the session cookie a sign-in set. */
export function sessionCookieOf(response: Response): string | undefined {
  return response.headers
    .getSetCookie()
    .find((c) => c.startsWith('preceptor_session='))
    ?.split(';')[0];
}

/** Polls `check` every `everyMs` until it holds; rejects after `ms`. */
export function until(check: () => Promise<boolean> | boolean, ms: number, everyMs = 500): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = async () => {
      if (await check()) resolve();
      else if (Date.now() > deadline) reject(new Error('timed out'));
      else setTimeout(tick, everyMs);
    };
    void tick();
  });
}
