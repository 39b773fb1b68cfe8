import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env.ts';
import { demoModeNotice, isDemoMode, listenHost, seedsDemoData } from './demo-mode.ts';

const POSTGRES = 'postgresql://postgres@127.0.0.1:5432/preceptor';

describe('demo mode', () => {
  it('is the embedded database: seeded, on 127.0.0.1 only, and says so', () => {
    const env = parseEnv({});
    expect(isDemoMode(env)).toBe(true);
    expect(seedsDemoData(env)).toBe(true);
    expect(listenHost(env)).toBe('127.0.0.1');
    expect(demoModeNotice(env)).toMatch(
      /^Demo mode: embedded database with demo accounts \(password "preceptor-demo"\), listening on 127\.0\.0\.1 only\./,
    );
  });

  it('lets HOST open a demo to the network, and warns who can then sign in', () => {
    const env = parseEnv({ HOST: '0.0.0.0', PORT: '3100' });
    expect(listenHost(env)).toBe('0.0.0.0');
    expect(demoModeNotice(env)).toContain(
      'listening on 0.0.0.0 (HOST): anyone who reaches port 3100 can sign in with the published password',
    );
  });

  it('is not a server on DATABASE_URL: never seeded, all interfaces, no notice', () => {
    const env = parseEnv({ DATABASE_URL: POSTGRES, SEED_DEMO_DATA: 'true' });
    expect(isDemoMode(env)).toBe(false);
    expect(seedsDemoData(env)).toBe(false);
    expect(listenHost(env)).toBe('0.0.0.0');
    expect(demoModeNotice(env)).toBeNull();
  });

  it('is a PostgreSQL server declared with PRECEPTOR_DEMO=true, which still never seeds', () => {
    const env = parseEnv({ DATABASE_URL: POSTGRES, PRECEPTOR_DEMO: 'true' });
    expect(isDemoMode(env)).toBe(true);
    expect(seedsDemoData(env)).toBe(false);
    expect(listenHost(env)).toBe('127.0.0.1');
    expect(demoModeNotice(env)).toMatch(/^Demo mode: PostgreSQL \(PRECEPTOR_DEMO=true\) with demo accounts/);
  });

  it('refuses a PRECEPTOR_DEMO that is not true or false', () => {
    expect(() => parseEnv({ PRECEPTOR_DEMO: 'yes' })).toThrow(/PRECEPTOR_DEMO/);
  });
});
