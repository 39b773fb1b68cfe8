import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `pnpm start` runs the compiled API with `node --conditions=compiled`: every workspace module it
// imports must name its compiled file under that condition, or production start-up fails on a
// `.ts` file Node cannot load. Tests, tsx and Vite take the `default` (TypeScript) entry.
const PACKAGES = ['../../../../packages/db/package.json', '../../../../packages/domain/package.json'];

describe.each(PACKAGES)('exports of %s', (relativePath) => {
  const manifest = JSON.parse(readFileSync(new URL(relativePath, import.meta.url), 'utf8')) as {
    exports: Record<string, unknown>;
  };

  it.each(Object.entries(manifest.exports))('%s has a compiled entry mirroring its source', (_, entry) => {
    expect(entry).toEqual({
      compiled: expect.stringMatching(/^\.\/dist\/.+\.js$/),
      default: expect.stringMatching(/^\.\/src\/.+\.ts$/),
    });
    const { compiled, default: source } = entry as { compiled: string; default: string };
    expect(compiled).toBe(source.replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '.js'));
  });
});
