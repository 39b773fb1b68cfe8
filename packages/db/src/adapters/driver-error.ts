// Both backends raise PostgreSQL errors (node-postgres's and PGlite's DatabaseError share the
// wire protocol's fields). Wrapped as a DriverAdapterError, the schema engine keeps the SQLSTATE and
// text in its message and in _prisma_migrations.logs; any other error would reach it as an opaque
// "GenericJs" id.
import { DriverAdapterError } from '@prisma/driver-adapter-utils';

/** Server errors keep their SQLSTATE and text, which the engine puts in its message and logs. */
export function asDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const e = error as Error & {
    code?: unknown;
    severity?: unknown;
    detail?: unknown;
    column?: unknown;
    hint?: unknown;
  };
  if (typeof e.code !== 'string' || typeof e.severity !== 'string') return error;
  return new DriverAdapterError({
    kind: 'postgres',
    code: e.code,
    severity: e.severity,
    message: e.message,
    detail: typeof e.detail === 'string' ? e.detail : undefined,
    column: typeof e.column === 'string' ? e.column : undefined,
    hint: typeof e.hint === 'string' ? e.hint : undefined,
  });
}
