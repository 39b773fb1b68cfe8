import { clearAllBackups } from './draft-backup.ts';

/*
 * Sign-out and a lost session must not leave a writer's words in this browser, nor lose them
 * silently. Every open editor registers how to save its pending text and whether it has any,
 * so sign-out can save first and only then clear the backups.
 */

export interface PendingDraft {
  /** Saves what is typed; true once the server holds all of it. */
  flush: () => Promise<boolean>;
  /** Text typed that the server does not hold yet. */
  hasUnsavedText: () => boolean;
}

const openEditors = new Set<PendingDraft>();

/** An editor's autosave announces itself; call the returned function when it closes. */
export function registerPendingDraft(draft: PendingDraft): () => void {
  openEditors.add(draft);
  return () => {
    openEditors.delete(draft);
  };
}

/** Saves every open editor's text; true when the server now holds all of it. */
export async function savePendingDrafts(): Promise<boolean> {
  const results = await Promise.all([...openEditors].map((draft) => draft.flush().catch(() => false)));
  return results.every(Boolean);
}

/**
 * Saves what is pending, then forgets every backup. When something could not be saved,
 * `confirmLoss` decides: false keeps everything (sign-out is called off), true clears anyway.
 */
export async function saveThenClearDrafts(confirmLoss: () => boolean): Promise<boolean> {
  if (!(await savePendingDrafts()) && !confirmLoss()) return false;
  clearAllBackups();
  return true;
}

/**
 * The session turned out to be gone. With no unsaved text open, the backups belong to a
 * session that has ended and are cleared; while someone is mid-sentence in an editor they
 * stay, so signing back in offers the text again rather than losing it.
 */
export function clearDraftsOfEndedSession(): void {
  if ([...openEditors].some((draft) => draft.hasUnsavedText())) return;
  clearAllBackups();
}
