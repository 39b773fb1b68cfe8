// Shared start/stop for this package's command-line tools.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../database-config.ts';
import { DatabaseUnavailableError, MigrationError } from '../database-errors.ts';

/** Errors whose message is the whole story: printed as one line, no stack. */
const EXPECTED = [DatabaseUnavailableError, MigrationError];

/** An error a person must fix (bad argument, …): printed as one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Loads <repo>/.env like the API does (variables already set win), runs `main`, and exits
 * explicitly: the schema engine and PGlite can keep the event loop alive for seconds after the
 * work is done.
 */
export function runCli(main: (args: string[]) => Promise<void>): void {
  const envFile = path.join(REPO_ROOT, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof UsageError || EXPECTED.some((kind) => error instanceof kind)) {
        console.error((error as Error).message);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
