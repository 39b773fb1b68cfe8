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

/** The browser's storage, or none when it is disabled (private modes, policies). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function writeBackup(reflectionId: string, baseVersion: number, text: DraftText): void {
  // Only the two texts are taken from `text`: it may be a richer object (e.g. an older backup),
  // whose own version must not overwrite the one this backup is keyed by.
  const backup: DraftBackup = {
    reflectionId,
    baseVersion,
    title: text.title,
    body: text.body,
    keptAt: new Date().toISOString(),
  };
  try {
    storage()?.setItem(keyFor(reflectionId, baseVersion), JSON.stringify(backup));
  } catch {
    // Storage full or disabled: the in-memory text still retries; nothing else to do here.
  }
}

interface StoredBackup {
  key: string;
  backup: DraftBackup;
}

function storedBackups(reflectionId: string): StoredBackup[] {
  const store = storage();
  if (!store) return [];
  const prefix = `${PREFIX}${reflectionId}.v`;
  const found: StoredBackup[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    // The key says which version the text was based on; it is what a later clear removes by.
    const baseVersion = Number(key.slice(prefix.length));
    try {
      const parsed = JSON.parse(store.getItem(key) ?? '') as Partial<DraftBackup>;
      if (
        Number.isInteger(baseVersion) &&
        typeof parsed.title === 'string' &&
        typeof parsed.body === 'string'
      ) {
        found.push({
          key,
          backup: {
            reflectionId,
            baseVersion,
            title: parsed.title,
            body: parsed.body,
            keptAt: typeof parsed.keptAt === 'string' ? parsed.keptAt : '',
          },
        });
      }
    } catch {
      // Unreadable: not something this code wrote. Leave it rather than guess.
    }
  }
  return found.sort((a, b) => b.backup.baseVersion - a.backup.baseVersion);
}

/** Every backup of this reflection, newest base version first. */
export function readBackups(reflectionId: string): DraftBackup[] {
  return storedBackups(reflectionId).map((stored) => stored.backup);
}

/** Forgets backups the server now holds (every base version up to and including `upTo`). */
export function clearBackups(reflectionId: string, upTo: number): void {
  for (const { key, backup } of storedBackups(reflectionId)) {
    if (backup.baseVersion <= upTo) storage()?.removeItem(key);
  }
}

/**
 * Forgets every reflection backup in this browser, whoever wrote it: on a shared workstation
 * the next person must not find the last one's words.
 */
export function clearAllBackups(): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
