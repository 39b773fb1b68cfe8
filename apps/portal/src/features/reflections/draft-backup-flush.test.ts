import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../testing/memory-storage.ts';
import { readBackups, writeBackup } from './draft-backup.ts';
import {
  clearDraftsOfEndedSession,
  registerPendingDraft,
  saveThenClearDrafts,
} from './draft-backup-flush.ts';

/*
 * Sign-out on a shared workstation: pending text is saved first, then every reflection backup
 * leaves this browser; text that cannot be saved is never dropped without the writer's word.
 * Node has no localStorage, so a minimal Web Storage stands in for it (as in draft-backup.test).
 */

const ID = '01a20f3c-0000-7000-8000-000000000001';
const OTHER = '01a20f3c-0000-7000-8000-000000000002';
let store: MemoryStorage;
const unregister: (() => void)[] = [];

beforeEach(() => {
  store = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: store, configurable: true });
  writeBackup(ID, 3, { title: 'Mine', body: '<p>Private words</p>' });
  writeBackup(OTHER, 1, { title: 'Older', body: '<p>More words</p>' });
  store.setItem('preceptor.theme', 'light');
});

afterEach(() => {
  for (const done of unregister.splice(0)) done();
  Reflect.deleteProperty(globalThis, 'localStorage');
});

function editor(saves: boolean, unsaved = true) {
  const calls: string[] = [];
  unregister.push(
    registerPendingDraft({
      flush: async () => {
        calls.push('flush');
        return saves;
      },
      hasUnsavedText: () => unsaved,
    }),
  );
  return calls;
}

describe('signing out', () => {
  it('saves the open editor first, then clears every reflection backup and nothing else', async () => {
    const calls = editor(true);
    let asked = false;
    const proceed = await saveThenClearDrafts(() => {
      asked = true;
      return false;
    });
    expect(proceed).toBe(true);
    expect(calls).toEqual(['flush']);
    expect(asked).toBe(false);
    expect(readBackups(ID)).toEqual([]);
    expect(readBackups(OTHER)).toEqual([]);
    expect(store.getItem('preceptor.theme')).toBe('light');
  });

  it('keeps everything when the text could not be saved and the writer stays', async () => {
    editor(false);
    expect(await saveThenClearDrafts(() => false)).toBe(false);
    expect(readBackups(ID)).toHaveLength(1);
    expect(readBackups(OTHER)).toHaveLength(1);
  });

  it('clears anyway when the writer accepts losing the unsaved text', async () => {
    editor(false);
    expect(await saveThenClearDrafts(() => true)).toBe(true);
    expect(readBackups(ID)).toEqual([]);
  });

  it('clears with no editor open', async () => {
    expect(await saveThenClearDrafts(() => false)).toBe(true);
    expect(store.length).toBe(1);
  });
});

describe('a session found gone', () => {
  it('clears the backups when nobody is mid-sentence (the page loaded signed out)', () => {
    clearDraftsOfEndedSession();
    expect(readBackups(ID)).toEqual([]);
    expect(readBackups(OTHER)).toEqual([]);
  });

  it('keeps them while an open editor holds unsaved text, so signing back in offers it', () => {
    editor(false, true);
    clearDraftsOfEndedSession();
    expect(readBackups(ID)).toHaveLength(1);
  });
});
