// Builds the portal and the API (turbo reuses both when nothing changed), then serves the whole
// product on a fresh embedded database in a temp folder.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const port = process.argv[2] ?? '3100';
const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'preceptor-e2e-'));

execSync('pnpm exec turbo run build --filter=@preceptor/portal --filter=@preceptor/api', {
  cwd: root,
  stdio: 'inherit',
});

const server = spawn('pnpm', ['--filter', '@preceptor/api', 'start'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: port,
    HOST: '127.0.0.1',
    DATABASE_URL: '',
    PRECEPTOR_DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'true',
  },
});
const stop = () => {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
