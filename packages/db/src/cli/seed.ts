// `pnpm db:seed`: migrate the configured database (DATABASE_URL, else the embedded PGlite
// folder) and load the demo data into it. Safe to run again: a seeded database is left alone.
import { createPrismaClient } from '../client.ts';
import { databaseConfigFromEnv } from '../database-config.ts';
import { migrateDatabase } from '../migrate.ts';
import { describeSeedResult, seedDemoData } from '../seed/seed-demo-data.ts';

async function main(): Promise<void> {
  const database = createPrismaClient(databaseConfigFromEnv(process.env));
  try {
    // Migrating through the open handle: a PGlite folder can only be opened once at a time.
    const migrated = await migrateDatabase(database);
    if (migrated.applied.length > 0) console.log(`Applied ${migrated.applied.length} migration(s).`);
    const result = await seedDemoData(database.prisma);
    console.log(`${describeSeedResult(result)} — ${database.description}`);
    if (database.kind === 'postgresql') {
      // The API refuses to serve a PostgreSQL database whose demo accounts keep the published password.
      console.log('This is a demo database now: start the server on it with PRECEPTOR_DEMO=true.');
    }
  } finally {
    await database.close();
  }
}

// Explicit exits: the WASM schema engine keeps the event loop alive after migrating.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
