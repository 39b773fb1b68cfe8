// pnpm db:migrate                      apply pending migrations to DATABASE_URL, or to the
//                                      embedded database (PRECEPTOR_DATA_DIR, default .data/pglite)
// pnpm db:migrate --rolled-back NAME   after fixing a failed migration's SQL: mark it rolled back
//                                      so the next run applies it again
import { databaseConfigFromEnv, describeDatabase } from '../database-config.ts';
import { markMigrationRolledBack, migrateDatabase } from '../migrate.ts';
import { runCli, UsageError } from './run-cli.ts';

runCli(async (args) => {
  const config = databaseConfigFromEnv(process.env);
  const description = describeDatabase(config);

  if (args[0] === '--rolled-back') {
    const name = args[1];
    if (!name) throw new UsageError('Usage: pnpm db:migrate --rolled-back <migration name>');
    await markMigrationRolledBack(config, name);
    console.log(`Marked ${name} as rolled back on ${description}. Run pnpm db:migrate to apply it again.`);
    return;
  }
  if (args.length > 0) throw new UsageError('Usage: pnpm db:migrate [--rolled-back <migration name>]');

  const result = await migrateDatabase(config);
  const seconds = (result.durationMs / 1000).toFixed(1);
  const count = (n: number) => `${n} migration${n === 1 ? '' : 's'}`;
  if (result.applied.length === 0) {
    console.log(`${description} is up to date (${count(result.total)}).`);
  } else {
    console.log(`Applied ${count(result.applied.length)} to ${description} in ${seconds} s:`);
    for (const name of result.applied) console.log(`  ${name}`);
  }
});
