/*
 * The writer's text, kept in this browser until the server has it: keyed by reflection and the
 * version the text was based on, so a backup found later can tell whether the server moved on.
 */

export interface DraftText {
  title: string;
  body: string;
}

export interface DraftBackup extends DraftText {
  reflectionId: string;
  baseVersion: number;
  keptAt: string;
}

const PREFIX = 'preceptor.reflection.';

function keyFor(reflectionId: string, baseVersion: number): string {
  return `${PREFIX}${reflectionId}.v${baseVersion}`;
}

export function writeBackup(reflectionId: string, baseVersion: number, text: DraftText): void {
  const backup: DraftBackup = { reflectionId, baseVersion, ...text, keptAt: new Date().toISOString() };
  try {
    localStorage.setItem(keyFor(reflectionId, baseVersion), JSON.stringify(backup));
  } catch {
    // Storage full or disabled: the in-memory text still retries; nothing else to do here.
  }
}

/** Every backup of this reflection, newest base version first. */
export function readBackups(reflectionId: string): DraftBackup[] {
  const found: DraftBackup[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(`${PREFIX}${reflectionId}.`)) continue;
    try {
      const parsed = JSON.parse(localStorage.getItem(key) ?? '') as DraftBackup;
      if (typeof parsed.body === 'string' && typeof parsed.baseVersion === 'number') found.push(parsed);
    } catch {
      localStorage.removeItem(key);
    }
  }
  return found.sort((a, b) => b.baseVersion - a.baseVersion);
}

/** Forgets backups the server now holds (every base version up to and including `upTo`). */
export function clearBackups(reflectionId: string, upTo: number): void {
  for (const backup of readBackups(reflectionId)) {
    if (backup.baseVersion <= upTo) localStorage.removeItem(keyFor(reflectionId, backup.baseVersion));
  }
}
