// Prisma 7 reads its CLI settings here (the schema no longer carries a connection URL).
// This repository never needs a URL for `prisma generate`, and applies migrations offline with
// src/migrate.ts (Prisma's WebAssembly schema engine). The URL below only matters on a machine
// that has Prisma's native engine and runs `prisma migrate deploy` / `migrate status` itself.
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL?.trim();

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // `env('DATABASE_URL')` would throw when the variable is unset, breaking `generate` on a
  // laptop that uses the embedded database — so the datasource is only declared when it is set.
  ...(url ? { datasource: { url } } : {}),
});
