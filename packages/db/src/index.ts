// @preceptor/db: the Prisma client and types, the client factory, and the migration runner.
// Test utilities are NOT exported here: import '@preceptor/db/testing/test-database'.

export {
  type ClientOptions,
  checkDatabase,
  createPrismaClient,
  type Database,
  type DatabaseKind,
} from './client.ts';
export {
  type DatabaseConfig,
  DEFAULT_DATA_DIR,
  databaseConfigFromEnv,
  describeDatabase,
  redactUrl,
  resolveDataDir,
} from './database-config.ts';
export { DatabaseUnavailableError, MigrationError } from './database-errors.ts';
export * from './generated/prisma/client.ts';
export {
  type MigrateOptions,
  type MigrateResult,
  markMigrationRolledBack,
  migrateDatabase,
} from './migrate.ts';
