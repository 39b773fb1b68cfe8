import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../testing/memory-storage.ts';
import { clearBackups, readBackups, writeBackup } from './draft-backup.ts';

/*
 * The backup rules, run under Node, which has no localStorage: a minimal Web Storage (the
 * interface the browser gives) stands in for it. The browser's own storage is exercised by the
 * journal's offline e2e spec.
 */

const ID = '01a20f3c-0000-7000-8000-000000000001';
const OTHER = '01a20f3c-0000-7000-8000-000000000002';

beforeEach(() => {
  Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('draft backups', () => {
  it('keeps one backup per base version, newest first, and only for its reflection', () => {
    writeBackup(ID, 1, { title: 'One', body: '<p>a</p>' });
    writeBackup(ID, 3, { title: 'Three', body: '<p>c</p>' });
    writeBackup(ID, 1, { title: 'One again', body: '<p>b</p>' });
    writeBackup(OTHER, 9, { title: 'Elsewhere', body: '' });
    expect(readBackups(ID).map((b) => [b.baseVersion, b.title])).toEqual([
      [3, 'Three'],
      [1, 'One again'],
    ]);
  });

  it('clears what the server holds and keeps what it does not', () => {
    writeBackup(ID, 1, { title: 'One', body: '' });
    writeBackup(ID, 2, { title: 'Two', body: '' });
    writeBackup(ID, 4, { title: 'Four', body: '' });
    clearBackups(ID, 2);
    expect(readBackups(ID).map((b) => b.baseVersion)).toEqual([4]);
  });

  it('keys a backup by the version it is given, even from a richer object carrying another', () => {
    // A restored backup passed back in as "the text" once overwrote the version it was stored
    // under, so clearing looked for the wrong key and the stale text came back as a conflict.
    const restored = { reflectionId: ID, baseVersion: 1, title: 'T', body: '<p>x</p>', keptAt: 'earlier' };
    writeBackup(ID, 5, restored);
    const [backup] = readBackups(ID);
    expect(backup).toMatchObject({ baseVersion: 5, title: 'T', body: '<p>x</p>' });
    clearBackups(ID, 5);
    expect(readBackups(ID)).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it('clears a backup whose stored version disagrees with its key (written by the old code)', () => {
    localStorage.setItem(
      `preceptor.reflection.${ID}.v2`,
      JSON.stringify({ reflectionId: ID, baseVersion: 1, title: 'T', body: '', keptAt: '' }),
    );
    expect(readBackups(ID)[0]?.baseVersion).toBe(2);
    clearBackups(ID, 2);
    expect(localStorage.length).toBe(0);
  });

  it('ignores entries it cannot read rather than failing or deleting them', () => {
    localStorage.setItem(`preceptor.reflection.${ID}.v1`, '{not json');
    writeBackup(ID, 2, { title: 'Fine', body: '' });
    expect(readBackups(ID).map((b) => b.title)).toEqual(['Fine']);
    expect(localStorage.getItem(`preceptor.reflection.${ID}.v1`)).toBe('{not json');
  });

  it('does nothing, and throws nothing, where storage is unavailable', () => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    expect(() => writeBackup(ID, 1, { title: 'T', body: '' })).not.toThrow();
    expect(readBackups(ID)).toEqual([]);
    expect(() => clearBackups(ID, 1)).not.toThrow();
  });
});
