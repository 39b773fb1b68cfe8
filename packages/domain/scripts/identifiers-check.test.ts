import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(packageDir, 'node_modules', '.bin', 'tsx');
const script = join(packageDir, 'scripts', 'identifiers-check.ts');

function run(args: string[], stdin?: string | Buffer) {
  const out = spawnSync(tsx, [script, ...args], { input: stdin ?? '', encoding: 'utf8', timeout: 30_000 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

const parse = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('pnpm identifiers:check', () => {
  it('screens plain text from standard input, one JSON line per input line', { timeout: 30_000 }, () => {
    const { code, stdout, stderr } = run([], 'Marisol kept asking for water.\nThe MAP was 65.\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(parse(stdout)).toEqual([
      { line: 1, findings: [{ kind: 'name', start: 0, end: 7, text: 'Marisol' }] },
      { line: 2, findings: [] },
    ]);
  });

  it('screens JSON lines {"id","text"} from a file', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'identifiers-check-'));
    const file = join(dir, 'export.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'r1', text: 'She came in on 10/14 with a dissection.' })}\n${JSON.stringify({ id: 'r2', text: 'PEEP 10/5, BP 110/70.' })}\n`,
    );
    const { code, stdout } = run([file]);
    expect(code).toBe(0);
    expect(parse(stdout)).toEqual([
      { id: 'r1', findings: [{ kind: 'date', start: 15, end: 20, text: '10/14' }] },
      { id: 'r2', findings: [] },
    ]);
  });

  it('exits 2 with a clear message on unreadable input', { timeout: 60_000 }, () => {
    const missing = run(['/nonexistent/export.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^identifiers:check: cannot read \/nonexistent\/export.txt/);

    const badJson = run([], '{"id": "r1", "text": "fine"}\n{not json\n');
    expect(badJson.code).toBe(2);
    expect(badJson.stdout).toBe('');
    expect(badJson.stderr).toMatch(/line 2 is not valid JSON/);

    const noText = run([], '{"id": "r1"}\n');
    expect(noText.code).toBe(2);
    expect(noText.stderr).toMatch(/line 1 must be an object with a "text" string/);

    const binary = run([], Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    expect(binary.code).toBe(2);
    expect(binary.stderr).toMatch(/is not UTF-8 text/);
  });
});
