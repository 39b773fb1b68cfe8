import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(packageDir, 'node_modules', '.bin', 'tsx');
const script = join(packageDir, 'scripts', 'match-solve.ts');

function run(args: string[], stdin?: string) {
  const out = spawnSync(tsx, [script, ...args], { input: stdin ?? '', encoding: 'utf8', timeout: 30_000 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

const example = {
  mentors: [
    { id: 'm1', capacity: 3 },
    { id: 'm2', capacity: 1 },
  ],
  mentees: [{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }],
  edges: [
    ['e1', 'm1', 72.5],
    ['e2', 'm1', 40],
    ['e2', 'm2', 88],
  ],
  pinned: [['e1', 'm1']],
};

describe('pnpm match:solve', () => {
  it('solves an instance from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'match-solve-'));
    const file = join(dir, 'instance.json');
    writeFileSync(file, JSON.stringify(example));
    const { code, stdout, stderr } = run([file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      matches: [
        ['e1', 'm1'],
        ['e2', 'm2'],
      ],
      matched: 2,
      totalScore: 160.5,
      unmatched: [{ mentee: 'e3', reason: 'no-allowed-mentor' }],
    });
    expect(typeof result.seconds).toBe('number');
  });

  it('reads standard input, and rejects a bad instance with exit code 2 and no output', () => {
    const bad = { ...example, edges: [...example.edges, ['e1', 'm1', 5]] };
    const { code, stdout, stderr } = run([], JSON.stringify(bad));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('edges[3]: duplicate pair (e1, m1), first listed at edges[0]');
  });

  it('treats malformed JSON as an input error', () => {
    const { code, stdout, stderr } = run([], '{"mentors": [');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('input is not valid JSON');
  });
});
