import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_ACTION_WORDING, auditSentence, isAuditAction } from '@preceptor/domain/audit/audit-actions';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
/** Everywhere audit entries are written: the API's services and the database package (seed, CLI import). */
const SOURCES = ['apps/api/src', 'packages/db/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Each dotted code on an `action:` line, including both arms of `cond ? 'a.b' : 'c.d'`. */
function writtenActionCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of SOURCES.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/^\s*action:/.test(line)) continue;
      for (const [, code] of line.matchAll(/'([a-z_]+(?:\.[a-z_-]+)+)'/g)) {
        if (code) codes.set(code, path.relative(ROOT, file));
      }
    }
  }
  return codes;
}

describe('audit action wording', () => {
  const written = writtenActionCodes();

  it('finds the codes the product writes (the scan itself works)', () => {
    expect(written.has('auth.sign_in')).toBe(true);
    expect(written.has('match.not-a-good-fit')).toBe(true);
    expect(written.has('hospital.reactivate')).toBe(true);
    expect(written.has('role.grant')).toBe(true);
    expect(written.size).toBeGreaterThan(50);
  });

  it('has wording for every action code written anywhere in the code base', () => {
    const missing = [...written]
      .filter(([code]) => !isAuditAction(code))
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('says each action as a sentence that names the record', () => {
    for (const [code, wording] of Object.entries(AUDIT_ACTION_WORDING)) {
      const sentence = wording.sentence('RECORD');
      expect(sentence, code).toMatch(/^[A-Z]/);
      expect(sentence, code).not.toContain('.');
      expect(wording.label.length, code).toBeGreaterThan(3);
    }
    expect(auditSentence('match.end', 'Ana Diaz and Ben Ode')).toBe(
      'Ended the match between Ana Diaz and Ben Ode',
    );
    expect(auditSentence('auth.sign_in', 'Ana Diaz')).toBe('Signed in');
  });

  it('shows an unknown old code as it is rather than hiding the entry', () => {
    expect(auditSentence('legacy.thing', 'X')).toBe('legacy.thing (X)');
  });
});
