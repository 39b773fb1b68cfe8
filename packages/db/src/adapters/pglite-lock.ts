// PGlite is a whole PostgreSQL inside this process, with no postmaster to arbitrate access: two
// processes (say `pnpm start` and `pnpm db:seed`) opening the same folder corrupt it. A lock file
// beside the folder (`<dataDir>.lock`, holding the owner's pid) turns that into a clear error.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Folders this process holds: a second open from the same process is refused too. */
const held = new Set<string>();

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

/**
 * Takes the lock or throws DataDirInUseError (its message completes "Cannot use <database>: …");
 * returns the release function (idempotent).
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  mkdirSync(path.dirname(lockFile), { recursive: true });
  if (held.has(lockFile)) {
    throw new DataDirInUseError('it is already open in this process — close it before opening it again');
  }
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const owner = Number.parseInt(readFileSafely(lockFile), 10);
      if (isAlive(owner)) {
        throw new DataDirInUseError(
          `it is in use by process ${owner} — stop that process (PGlite allows one process per ` +
            `folder), or delete ${lockFile} if it is not running`,
        );
      }
      rmSync(lockFile, { force: true }); // left by a process that died: take it over
    }
  }
  held.add(lockFile);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(lockFile);
    process.removeListener('exit', release);
    rmSync(lockFile, { force: true });
  };
  // A normal exit without close() (CLIs call process.exit) must not leave a lock behind.
  process.on('exit', release);
  return release;
}

function readFileSafely(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Our own pid in a lock file we do not hold means a previous process with the same pid (pid 1
 * in a restarted container) died holding it: stale.
 */
function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}
