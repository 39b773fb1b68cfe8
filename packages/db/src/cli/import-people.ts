// pnpm people:import FILE.csv [--cohort <cohort id or name>] [--move-people]
// Creates or updates people (matched by email) and their profiles from a CSV; with --cohort, also
// makes everyone with a role a member of that cohort; with --move-people, existing people move to
// the hospital their row names (otherwise such a row is refused). Checks the whole file first: one bad row
// and nothing is imported. Columns: see IMPORT_COLUMNS in packages/domain/src/people/people-import.ts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createPrismaClient } from '../client.ts';
import { databaseConfigFromEnv } from '../database-config.ts';
import { migrateDatabase } from '../migrate.ts';
import { importPeopleFile } from '../people/import-people-file.ts';
import { runCli, UsageError } from './run-cli.ts';

const USAGE = 'Usage: pnpm people:import FILE.csv [--cohort <cohort id or name>] [--move-people]';

function parseArgs(args: string[]): { file: string; cohort: string | null; movePeople: boolean } {
  let file: string | null = null;
  let cohort: string | null = null;
  let movePeople = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--cohort') {
      cohort = args[++i] ?? null;
      if (!cohort) throw new UsageError(`--cohort needs a cohort id or name.\n${USAGE}`);
    } else if (arg.startsWith('--cohort=')) {
      cohort = arg.slice('--cohort='.length);
    } else if (arg === '--move-people') {
      movePeople = true;
    } else if (arg === '--') {
    } else if (arg.startsWith('-') || file !== null) {
      throw new UsageError(`Unexpected argument "${arg}".\n${USAGE}`);
    } else {
      file = arg;
    }
  }
  if (!file) throw new UsageError(USAGE);
  return { file, cohort, movePeople };
}

runCli(async (args) => {
  const { file, cohort, movePeople } = parseArgs(args);
  // pnpm runs root scripts from the repository root; INIT_CWD is where the person typed the command.
  const resolved = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const csv = await readFile(resolved, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(
      `Cannot read ${resolved}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
    );
  });

  const database = createPrismaClient(databaseConfigFromEnv(process.env));
  try {
    await migrateDatabase(database);
    const started = performance.now();
    const outcome = await importPeopleFile(database.prisma, csv, {
      cohort,
      movePeople,
      fileName: path.basename(resolved),
    });
    if (!outcome.ok) {
      for (const problem of outcome.problems) {
        console.error(problem.line === null ? problem.message : `line ${problem.line}: ${problem.message}`);
      }
      const rows = new Set(outcome.problems.map((p) => p.line).filter((line) => line !== null)).size;
      throw new UsageError(
        `Nothing was imported${rows > 0 ? `: ${rows} ${rows === 1 ? 'row needs' : 'rows need'} fixing` : ''}.`,
      );
    }
    const { result } = outcome;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Imported ${path.basename(resolved)} in ${seconds} s: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`,
    );
    if (outcome.cohortName) {
      console.log(
        `${outcome.cohortName}: ${result.membershipsAdded} members added, ${result.membershipsUpdated} updated.`,
      );
    }
  } finally {
    await database.close();
  }
});
