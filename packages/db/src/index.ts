// @preceptor/db: the Prisma client and types, the client factory, and the migration runner.
// Test utilities are NOT exported here: import '@preceptor/db/testing/test-database'.

export {
  type ClientOptions,
  checkDatabase,
  createPrismaClient,
  type Database,
  type DatabaseKind,
} from './client.ts';
export { type DatabaseConfig, databaseConfigFromEnv } from './database-config.ts';
export { DatabaseUnavailableError } from './database-errors.ts';
export * from './generated/prisma/client.ts';

import type { Prisma, PrismaClient } from './generated/prisma/client.ts';

/** The client or a transaction: what a query helper runs on. */
export type Db = PrismaClient | Prisma.TransactionClient;
export { type MigrateOptions, type MigrateResult, migrateDatabase } from './migrate.ts';
