import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DATA_DIR,
  databaseConfigFromEnv,
  describeDatabase,
  REPO_ROOT,
  redactUrl,
  resolveDataDir,
} from './database-config.ts';

describe('databaseConfigFromEnv', () => {
  it('reads DATABASE_URL and PRECEPTOR_DATA_DIR, treating empty strings as unset', () => {
    expect(databaseConfigFromEnv({ DATABASE_URL: 'postgresql://h/db', PRECEPTOR_DATA_DIR: '/d' })).toEqual({
      databaseUrl: 'postgresql://h/db',
      dataDir: '/d',
    });
    expect(databaseConfigFromEnv({ DATABASE_URL: '', PRECEPTOR_DATA_DIR: ' ' })).toEqual({
      databaseUrl: undefined,
      dataDir: undefined,
    });
  });
});

describe('resolveDataDir', () => {
  it('defaults to <repo>/.data/pglite and anchors relative paths at the repository root', () => {
    expect(resolveDataDir(undefined)).toBe(DEFAULT_DATA_DIR);
    expect(DEFAULT_DATA_DIR).toBe(path.join(REPO_ROOT, '.data', 'pglite'));
    expect(resolveDataDir('tmp/db')).toBe(path.join(REPO_ROOT, 'tmp', 'db'));
    expect(resolveDataDir('/abs/db')).toBe('/abs/db');
    expect(resolveDataDir('memory://')).toBe('memory://');
  });
});

describe('describeDatabase', () => {
  it('names the target without the password', () => {
    expect(describeDatabase({ databaseUrl: 'postgresql://app:secret@db.internal:5432/preceptor' })).toBe(
      'PostgreSQL at postgresql://app@db.internal:5432/preceptor',
    );
    expect(describeDatabase({ dataDir: '/srv/pglite' })).toBe('the embedded database in /srv/pglite');
    expect(redactUrl('::')).toBe('(an unparsable DATABASE_URL)');
  });
});
