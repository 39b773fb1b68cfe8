import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import getPort from 'get-port';

// Playwright loads this file again in every worker; the workers inherit the runner's
// environment, so writing the chosen port there keeps baseURL and webServer on one port.
process.env.E2E_PORT ??= String(await getPort({ host: '127.0.0.1' }));
const PORT = Number(process.env.E2E_PORT);

/**
 * Debian's Chromium when it is installed (this network cannot download Playwright's
 * browsers); Playwright's own browser elsewhere. PRECEPTOR_CHROMIUM overrides both.
 */
function chromiumPath(): string | undefined {
  if (process.env.PRECEPTOR_CHROMIUM) return process.env.PRECEPTOR_CHROMIUM;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Each test is a whole journey (several people, a dozen pages); on a 2-core machine shared with
  // other work the longest took over a minute, so a minute was a flaky limit, not a signal.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath() },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The built product on a disposable embedded database with demo data.
    command: `node ./start-product.mjs ${PORT}`,
    url: `http://localhost:${PORT}/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
