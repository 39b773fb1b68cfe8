// pnpm bench:portal — what each page costs a browser with an empty cache, served as production
// serves it. Builds the portal (start-product.mjs: the turbo build, then the API on a fresh
// embedded database with the demo data), then for each page opens a new Chromium context (no
// cache, no cookies), signs in through the API when the page needs it, loads the page and
// reports the compressed JavaScript and CSS it downloaded and its Largest Contentful Paint.
// JavaScript that workers run (the journal editor's identifier check) is reported apart
// (`workerJsKb`): it is fetched after the page shows and does not hold up its main thread.
// Prints one JSON line per page and a summary line against the targets.
//
//   pnpm bench:portal
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type Browser, chromium } from '@playwright/test';
import getPort from 'get-port';

const KB = 1024;
const DEMO_PASSWORD = 'preceptor-demo';

interface PagePlan {
  name: string;
  /** The page, or how to find it once signed in (e.g. a record's id). */
  path: string | ((request: APIRequestContext) => Promise<string>);
  signInAs: string | null;
  /** Compressed JavaScript budget, KB. */
  jsBudgetKb: number;
}

const PAGES: PagePlan[] = [
  { name: 'sign-in', path: '/sign-in', signInAs: null, jsBudgetKb: 150 },
  { name: 'mentee home', path: '/', signInAs: 'mentee@preceptor.test', jsBudgetKb: 250 },
  { name: 'mentor home', path: '/', signInAs: 'mentor@preceptor.test', jsBudgetKb: 250 },
  { name: 'coordinator home', path: '/', signInAs: 'coordinator@preceptor.test', jsBudgetKb: 250 },
  { name: 'admin home', path: '/', signInAs: 'admin@preceptor.test', jsBudgetKb: 250 },
  { name: 'new reflection', path: '/journal/new', signInAs: 'mentee@preceptor.test', jsBudgetKb: 250 },
  { name: 'journal editor', path: firstReflectionPath, signInAs: 'mentee@preceptor.test', jsBudgetKb: 400 },
];

/** The editor of the signed-in person's most recent reflection (/journal/new only asks for a title). */
async function firstReflectionPath(request: APIRequestContext): Promise<string> {
  const response = await request.get('/trpc/reflections.myJournal');
  const body = (await response.json()) as { result?: { data?: { json?: { id: string }[] } } };
  const first = body.result?.data?.json?.[0];
  if (!first) throw new Error('The demo mentee has no reflection to open in the editor');
  return `/journal/${first.id}`;
}
const LCP_BUDGET_MS = 1500;

async function waitForHealth(origin: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${origin}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The server did not answer /health within 300 s');
}

interface Measured {
  page: string;
  url: string;
  jsKb: number;
  /** JavaScript run by workers the page started (the identifier check), outside `jsKb`. */
  workerJsKb: number;
  cssKb: number;
  files: number;
  uncompressedFiles: number;
  lcpMs: number | null;
  jsBudgetKb: number;
  withinBudget: boolean;
}

async function measure(browser: Browser, origin: string, plan: PagePlan): Promise<Measured> {
  const context = await browser.newContext({ baseURL: origin });
  try {
    if (plan.signInAs) {
      const response = await context.request.post('/trpc/auth.signIn', {
        headers: { origin },
        data: { json: { email: plan.signInAs, password: DEMO_PASSWORD } },
      });
      if (!response.ok()) throw new Error(`Signing in as ${plan.signInAs} failed: ${response.status()}`);
    }
    const page = await context.newPage();
    const transfers: Promise<{ type: string; url: string; bytes: number; encoded: boolean }>[] = [];
    // Chromium reports a worker's script among the page's responses; it is counted on its own
    // line: it runs off the main thread once the page has shown, so it does not delay the page.
    const workerUrls = new Set<string>();
    page.on('worker', (worker) => workerUrls.add(worker.url()));
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      transfers.push(
        (async () => ({
          type,
          url: response.url(),
          // Chromium gives a worker's script no body size: its Content-Length is the same figure.
          bytes:
            (await response.request().sizes()).responseBodySize ||
            Number((await response.allHeaders())['content-length'] ?? 0),
          encoded: Boolean((await response.allHeaders())['content-encoding']),
        }))(),
      );
    });
    const path = typeof plan.path === 'string' ? plan.path : await plan.path(context.request);
    await page.goto(path, { waitUntil: 'networkidle' });
    // LCP settles once the page stops painting larger content; networkidle is past that point.
    const lcpMs = await page.evaluate(
      () =>
        new Promise<number | null>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries.at(-1)?.startTime ?? null);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve(null), 2000);
        }),
    );
    // A file arriving after this point would be read after the context closes: count what came.
    page.removeAllListeners('response');
    const done = await Promise.all(transfers);
    const sum = (type: string, ofWorker = false) =>
      done
        .filter((t) => t.type === type && workerUrls.has(t.url) === ofWorker)
        .reduce((total, t) => total + t.bytes, 0) / KB;
    const jsKb = Math.round(sum('script'));
    return {
      page: plan.name,
      url: new URL(page.url()).pathname,
      jsKb,
      workerJsKb: Math.round(sum('script', true)),
      cssKb: Math.round(sum('stylesheet')),
      files: done.length,
      uncompressedFiles: done.filter((t) => !t.encoded).length,
      lcpMs: lcpMs === null ? null : Math.round(lcpMs),
      jsBudgetKb: plan.jsBudgetKb,
      withinBudget: jsKb <= plan.jsBudgetKb && lcpMs !== null && lcpMs <= LCP_BUDGET_MS,
    };
  } finally {
    await context.close();
  }
}

function chromiumPath(): string | undefined {
  if (process.env.PRECEPTOR_CHROMIUM) return process.env.PRECEPTOR_CHROMIUM;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

async function main(): Promise<void> {
  const port = await getPort({ host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${port}`;
  const startProduct = fileURLToPath(new URL('../start-product.mjs', import.meta.url));
  const server = spawn(process.execPath, [startProduct, String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
    detached: true,
  });
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  try {
    await waitForHealth(origin, server);
    const runs: Measured[] = [];
    for (const plan of PAGES) {
      const run = await measure(browser, origin, plan);
      runs.push(run);
      console.log(JSON.stringify(run));
    }
    console.log(
      JSON.stringify({
        summary: true,
        allWithinBudget: runs.every((run) => run.withinBudget),
        lcpBudgetMs: LCP_BUDGET_MS,
        maxLcpMs: Math.max(...runs.map((run) => run.lcpMs ?? Number.POSITIVE_INFINITY)),
        overBudget: runs.filter((run) => !run.withinBudget).map((run) => run.page),
        // 1-minute load average at the end: LCP on this shared machine follows it.
        loadAverage: +(loadavg()[0] ?? 0).toFixed(1),
      }),
    );
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:portal failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
