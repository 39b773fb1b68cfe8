// pnpm db:migration:create NAME — writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the change from the existing migrations to prisma/schema.prisma. Needs no database. Review the
// SQL (renames come out as drop + add), then apply it with pnpm db:migrate.
import path from 'node:path';
import { createMigration } from '../create-migration.ts';
import { REPO_ROOT } from '../database-config.ts';
import { runCli, UsageError } from './run-cli.ts';

runCli(async (args) => {
  const name = args.join(' ').trim();
  if (!name)
    throw new UsageError('Usage: pnpm db:migration:create <name>   e.g. pnpm db:migration:create add_goals');
  const result = await createMigration({ name });
  if (!result.created) {
    console.log('No changes: prisma/schema.prisma matches the migrations. Nothing written.');
    return;
  }
  const statements = result.sql.split('\n').filter((line) => line.startsWith('-- ')).length;
  console.log(
    `Wrote ${path.relative(REPO_ROOT, path.join(result.directory, 'migration.sql'))} (${statements} steps).`,
  );
  console.log('Review it, then apply it with: pnpm db:migrate');
});
