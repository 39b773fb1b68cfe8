// Failures a person can fix by changing configuration or starting a server are reported as ONE
// readable line (DatabaseUnavailableError), not as Prisma's multi-line "Invalid invocation" text.

/** The database cannot be used at all: wrong URL, server down, no such database, no access. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** A migration could not be applied (or an earlier one failed); nothing was recorded as applied. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Refuses anything but a postgres(ql):// URL before a driver turns it into something cryptic. */
export function assertPostgresUrl(databaseUrl: string): void {
  let protocol: string;
  try {
    protocol = new URL(databaseUrl).protocol;
  } catch {
    throw new DatabaseUnavailableError(
      'DATABASE_URL is not a valid URL: expected postgresql://user:password@host:5432/database',
    );
  }
  if (protocol !== 'postgresql:' && protocol !== 'postgres:') {
    throw new DatabaseUnavailableError(
      `DATABASE_URL must be a postgresql:// URL (got ${protocol}//…); unset it to use the embedded database`,
    );
  }
}

interface AdapterCause {
  kind?: string;
  host?: string;
  port?: number;
  db?: string;
  originalCode?: string;
  originalMessage?: string;
  message?: string;
}

/** The structured cause Prisma's driver adapters attach, wherever in the error it sits. */
function adapterCause(error: unknown): AdapterCause | undefined {
  const e = error as { name?: string; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
  const cause =
    e?.meta?.driverAdapterError?.cause ?? (e?.name === 'DriverAdapterError' ? e.cause : undefined);
  return cause && typeof cause === 'object' ? (cause as AdapterCause) : undefined;
}

/** First meaningful line: Prisma prefixes "Invalid `prisma.$queryRaw()` invocation:" and blanks. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^Invalid `.*` invocation/.test(line));
  const line = lines[0] ?? 'unknown error';
  return line.replace(/^Raw query failed\. Code: `[^`]*`\. Message: `(.*)`$/, '$1');
}

/** Turns a connection-time failure into a DatabaseUnavailableError naming the database. */
export function toDatabaseUnavailable(error: unknown, description: string): DatabaseUnavailableError {
  if (error instanceof DatabaseUnavailableError) return error;
  const cause = adapterCause(error);
  const code = (error as { code?: unknown })?.code;
  let reason: string;
  switch (cause?.kind) {
    case 'DatabaseNotReachable':
      reason = 'the server is not reachable — is PostgreSQL running, and are the host and port right?';
      break;
    case 'DatabaseDoesNotExist':
      reason = `database "${cause.db ?? '?'}" does not exist — create it (createdb) or fix DATABASE_URL`;
      break;
    case 'DatabaseAccessDenied':
    case 'AuthenticationFailed':
      reason = `access denied (${cause.originalMessage ?? 'check the user and password'})`;
      break;
    case 'TlsConnectionError':
      reason = `TLS connection failed (${cause.message ?? cause.originalMessage ?? 'check sslmode'})`;
      break;
    default:
      if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EAI_AGAIN') {
        reason = `the server is not reachable (${code}) — is PostgreSQL running, and are the host and port right?`;
      } else if (/PGlite failed to initialize/i.test(firstLine(error))) {
        reason =
          'PGlite could not start on this folder — it is damaged or from an incompatible PGlite version';
      } else {
        reason = firstLine(error);
      }
  }
  return new DatabaseUnavailableError(`Cannot use ${description}: ${reason}`, { cause: error });
}

/**
 * The schema engine's errors end with a Rust span trace ("   0: sql_schema_connector::…  at
 * …rs:113"); people need the first lines only.
 */
export function engineErrorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s+\d+: \S+::/.test(line)) break;
    if (line.trim()) kept.push(line.trim());
  }
  return kept
    .join(' ')
    .replace(/^SchemaConnectorError: /, '')
    .replace(/external connector error /, '');
}
